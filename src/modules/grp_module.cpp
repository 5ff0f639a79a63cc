// Native modules: grp (CPython's Modules/grpmodule.c): the group database
// through getgrgid_r, getgrnam_r and getgrent, its entries as
// grp.struct_group (gr_mem a list of member names).
#include <grp.h>
#include <sys/types.h>

#include <cerrno>
#include <string>
#include <vector>

#include "modules/os_arguments.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/struct_sequence.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

Ref new_group(Interpreter& interpreter, const group& entry) {
  Ref members = runtime::new_list(interpreter, {});
  for (char** member = entry.gr_mem; member && *member; ++member) {
    Ref name = decode_path(interpreter, *member, false);
    if (!name) return Ref();
    runtime::list_append(members.get(), name.get());
  }
  Ref name = decode_path(interpreter, entry.gr_name, false);
  Ref password = entry.gr_passwd ? decode_path(interpreter, entry.gr_passwd, false) : interpreter.new_none();
  if (!name || !password) return Ref();
  Ref gid = runtime::new_int(interpreter, entry.gr_gid);
  const Value items[] = {name.get(), password.get(), gid.get(), members.get()};
  return runtime::new_struct_sequence(interpreter, interpreter.proc_modules.group_type, items);
}

// getgrgid(id)
Ref grp_getgrgid(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  unsigned gid = 0;
  if (!runtime::bind_arguments(interpreter, {"getgrgid", {"id"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !id_argument(interpreter, bound, "gid", gid))
    return Ref();
  group entry{};
  std::vector<char> buffer;
  if (!database_lookup(entry, buffer, [&](group* out, char* data, std::size_t size, group** found) {
        return getgrgid_r(gid, out, data, size, found);
      })) {
    Ref shown = runtime::str(interpreter, bound);
    if (!shown) return Ref();
    return raise_key_error_text(interpreter, "getgrgid(): gid not found: " + std::string(runtime::str_utf8(shown.get())));
  }
  return new_group(interpreter, entry);
}

// getgrnam(name)
Ref grp_getgrnam(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  if (!runtime::bind_arguments(interpreter, {"getgrnam", {"name"}, 0, 0, 1}, arguments, count, kwnames, &bound))
    return Ref();
  if (!runtime::is_str(interpreter, bound))
    return interpreter.raise(interpreter.TypeError_type, "getgrnam() argument 'name' must be str, not " +
                                                             runtime::argument_type_name(interpreter, bound));
  std::string name;
  if (!filesystem_bytes(interpreter, bound, name)) return Ref();
  group entry{};
  std::vector<char> buffer;
  if (!database_lookup(entry, buffer, [&](group* out, char* data, std::size_t size, group** found) {
        return getgrnam_r(name.c_str(), out, data, size, found);
      })) {
    Ref shown = runtime::repr(interpreter, bound);
    if (!shown) return Ref();
    return raise_key_error_text(interpreter, "getgrnam(): name not found: " + std::string(runtime::str_utf8(shown.get())));
  }
  return new_group(interpreter, entry);
}

Ref grp_getgrall(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getgrall", count, kwnames)) return Ref();
  return database_entries<group>(interpreter, &setgrent, &getgrent, &endgrent, &new_group);
}

}  // namespace

Ref create_grp_module(Interpreter& interpreter) {
  auto& state = interpreter.proc_modules;
  if (!state.group_type)
    state.group_type = runtime::new_struct_sequence_type(interpreter, "grp.struct_group",
                                                         {"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4, true);
  Ref module = runtime::new_module(interpreter, "grp");
  const Value grp = module.get();
  runtime::add_module_functions(interpreter, grp,
                                {{"getgrgid", &grp_getgrgid}, {"getgrnam", &grp_getgrnam}, {"getgrall", &grp_getgrall}});
  runtime::module_set(interpreter, grp, "struct_group", Value::object(state.group_type));
  return module;
}

}  // namespace krait::modules
