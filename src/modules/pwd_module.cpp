// Native modules: pwd (CPython's Modules/pwdmodule.c): the password
// database through getpwuid_r, getpwnam_r and getpwent, its entries as
// pwd.struct_passwd, names decoded as file names are (os.fsdecode).
#include <pwd.h>
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

Ref new_passwd(Interpreter& interpreter, const passwd& entry) {
  Ref fields[7];
  const char* texts[] = {entry.pw_name, entry.pw_passwd, nullptr, nullptr, entry.pw_gecos, entry.pw_dir, entry.pw_shell};
  for (int i = 0; i < 7; ++i) {
    if (i == 2 || i == 3) continue;
    fields[i] = texts[i] ? decode_path(interpreter, texts[i], false) : interpreter.new_none();
    if (!fields[i]) return Ref();
  }
  fields[2] = runtime::new_int(interpreter, entry.pw_uid);
  fields[3] = runtime::new_int(interpreter, entry.pw_gid);
  Value items[7];
  for (int i = 0; i < 7; ++i) items[i] = fields[i].get();
  return runtime::new_struct_sequence(interpreter, interpreter.proc_modules.passwd_type, items);
}

// getpwuid(uid, /)
Ref pwd_getpwuid(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "getpwuid", count, kwnames)) return Ref();
  unsigned uid = 0;
  if (!id_argument(interpreter, arguments[0], "uid", uid)) {
    if (!interpreter.exception_is(interpreter.OverflowError_type)) return Ref();
    Ref ignored = interpreter.take_exception();
    return raise_key_error_text(interpreter, "getpwuid(): uid not found");
  }
  passwd entry{};
  std::vector<char> buffer;
  if (!database_lookup(entry, buffer, [&](passwd* out, char* data, std::size_t size, passwd** found) {
        return getpwuid_r(uid, out, data, size, found);
      })) {
    Ref shown = runtime::str(interpreter, arguments[0]);
    if (!shown) return Ref();
    return raise_key_error_text(interpreter, "getpwuid(): uid not found: " + std::string(runtime::str_utf8(shown.get())));
  }
  return new_passwd(interpreter, entry);
}

// getpwnam(name, /)
Ref pwd_getpwnam(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "getpwnam", count, kwnames)) return Ref();
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "getpwnam() argument must be str, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  std::string name;
  if (!filesystem_bytes(interpreter, arguments[0], name)) return Ref();
  passwd entry{};
  std::vector<char> buffer;
  if (!database_lookup(entry, buffer, [&](passwd* out, char* data, std::size_t size, passwd** found) {
        return getpwnam_r(name.c_str(), out, data, size, found);
      })) {
    Ref shown = runtime::repr(interpreter, arguments[0]);
    if (!shown) return Ref();
    return raise_key_error_text(interpreter, "getpwnam(): name not found: " + std::string(runtime::str_utf8(shown.get())));
  }
  return new_passwd(interpreter, entry);
}

Ref pwd_getpwall(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getpwall", count, kwnames)) return Ref();
  return database_entries<passwd>(interpreter, &setpwent, &getpwent, &endpwent, &new_passwd);
}

}  // namespace

Ref create_pwd_module(Interpreter& interpreter) {
  auto& state = interpreter.proc_modules;
  if (!state.passwd_type)
    state.passwd_type = runtime::new_struct_sequence_type(
        interpreter, "pwd.struct_passwd",
        {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7, true);
  Ref module = runtime::new_module(interpreter, "pwd");
  const Value pwd = module.get();
  runtime::add_module_functions(interpreter, pwd,
                                {{"getpwuid", &pwd_getpwuid}, {"getpwnam", &pwd_getpwnam}, {"getpwall", &pwd_getpwall}});
  runtime::module_set(interpreter, pwd, "struct_passwd", Value::object(state.passwd_type));
  return module;
}

}  // namespace krait::modules
