// Native modules: _imp, after CPython 3.11's Python/import.c, the native
// half of importlib (importlib._bootstrap and _bootstrap_external call it).
// Built-in modules are Krait's native modules (modules/native_modules.def);
// there are no frozen modules and no extension modules (Krait loads no
// .so files: extension_suffixes() is empty, create_dynamic raises
// ImportError). source_hash is the bytecode cache's (compiler/code_cache.h),
// so importlib's hash-based caches are Krait's.
#include <cstdint>
#include <string>

#include "compiler/code_cache.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "modules/registry.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

bool str_argument(Interpreter& interpreter, const char* function, int position, Value value) {
  if (runtime::is_str(interpreter, value)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument " +
                                                            std::to_string(position) + " must be str, not " +
                                                            runtime::argument_type_name(interpreter, value));
  return false;
}

// is_builtin(name, /): 1 for a native module, -1 for sys and builtins
// (which cannot be initialised again), 0 otherwise.
Ref imp_is_builtin(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "is_builtin", count, kwnames) ||
      !str_argument(interpreter, "is_builtin", 1, arguments[0]))
    return Ref();
  const std::string_view name = runtime::str_utf8(arguments[0]);
  if (!find_native_module(name)) return Ref::small_int(0);
  return Ref::small_int(name == "sys" || name == "builtins" ? -1 : 1);
}

// create_builtin(spec, /): the native module spec.name (sys.modules' when
// it is loaded there already, as CPython gives back sys and builtins).
Ref imp_create_builtin(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "create_builtin", count, kwnames)) return Ref();
  Ref name = runtime::get_attribute(interpreter, arguments[0], interpreter.intern("name"));
  if (!name) return Ref();
  if (!runtime::is_str(interpreter, name.get()))
    return interpreter.raise(interpreter.TypeError_type,
                             "name must be string, not " + std::string(runtime::type_name(interpreter, name.get())));
  const Value loaded = runtime::dict_get_str(interpreter.modules.get(), name.get());
  if (!loaded.is_null() && runtime::is_module(interpreter, loaded) && runtime::as_module(loaded)->builtin)
    return Ref::borrow(loaded);
  const NativeModule* native = find_native_module(runtime::str_utf8(name.get()));
  if (!native) return interpreter.new_none();
  Ref module = native->create(interpreter);
  if (module) runtime::as_module(module.get())->builtin = true;
  return module;
}

// exec_builtin(mod, /) and exec_dynamic(mod, /): a native module is whole once made.
Ref imp_exec_builtin(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "exec_builtin", count, kwnames)) return Ref();
  return Ref::small_int(0);
}

Ref imp_is_frozen(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "is_frozen", count, kwnames) ||
      !str_argument(interpreter, "is_frozen", 1, arguments[0]))
    return Ref();
  return Ref::borrow(interpreter.boolean(false));
}

// find_frozen(name, /, *, withdata=False): None, there being no frozen modules.
Ref imp_find_frozen(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {"find_frozen", {"", "withdata"}, 1, 1, 1}, arguments, count, kwnames, bound) ||
      !str_argument(interpreter, "find_frozen", 1, bound[0]))
    return Ref();
  return interpreter.new_none();
}

// get_frozen_object, is_frozen_package: ImportError, as for
// any name CPython has not frozen.
Ref no_frozen_object(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                     std::size_t maximum, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, 1, maximum) ||
      !str_argument(interpreter, function, 1, arguments[0]))
    return Ref();
  return runtime::raise_import_error(interpreter, interpreter.ImportError_type,
                                     "No such frozen object named " + runtime::str_repr_text(arguments[0]), arguments[0],
                                     Value());
}

Ref imp_get_frozen_object(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return no_frozen_object(interpreter, "get_frozen_object", arguments, count, 2, kwnames);
}

// init_frozen(name, /): None for a name that is not frozen.
Ref imp_init_frozen(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "init_frozen", count, kwnames) ||
      !str_argument(interpreter, "init_frozen", 1, arguments[0]))
    return Ref();
  return interpreter.new_none();
}

Ref imp_is_frozen_package(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return no_frozen_object(interpreter, "is_frozen_package", arguments, count, 1, kwnames);
}

// _frozen_module_names(): none.
Ref imp_frozen_module_names(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_frozen_module_names", count, kwnames)) return Ref();
  return runtime::new_tuple(interpreter, {});
}

// _override_frozen_modules_for_tests(override, /): nothing to override.
Ref imp_override_frozen(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_override_frozen_modules_for_tests", count, kwnames)) return Ref();
  return interpreter.new_none();
}

// The import lock: re-entrant, and with one thread only a depth.
Ref imp_acquire_lock(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "acquire_lock", count, kwnames)) return Ref();
  ++interpreter.imports.lock_depth;
  return interpreter.new_none();
}

Ref imp_release_lock(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "release_lock", count, kwnames)) return Ref();
  if (interpreter.imports.lock_depth == 0)
    return interpreter.raise(interpreter.RuntimeError_type, "not holding the import lock");
  --interpreter.imports.lock_depth;
  return interpreter.new_none();
}

Ref imp_lock_held(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "lock_held", count, kwnames)) return Ref();
  return Ref::borrow(interpreter.boolean(interpreter.imports.lock_depth > 0));
}

Ref imp_extension_suffixes(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "extension_suffixes", count, kwnames)) return Ref();
  return runtime::new_list(interpreter, {});
}

// create_dynamic(spec, file=None, /): Krait has no extension modules.
Ref imp_create_dynamic(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "create_dynamic", kwnames) ||
      !runtime::check_argument_count(interpreter, "create_dynamic", count, 1, 2))
    return Ref();
  Ref name = runtime::get_attribute(interpreter, arguments[0], interpreter.intern("name"));
  Ref origin = name ? runtime::get_attribute(interpreter, arguments[0], interpreter.intern("origin")) : Ref();
  if (!origin) return Ref();
  Ref shown = runtime::str(interpreter, origin.get());
  if (!shown) return Ref();
  return runtime::raise_import_error(interpreter, interpreter.ImportError_type,
                                     "Krait cannot load extension modules: " + std::string(runtime::str_utf8(shown.get())),
                                     name.get(), origin.get());
}

Ref imp_exec_dynamic(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "exec_dynamic", count, kwnames)) return Ref();
  return Ref::small_int(0);
}

// source_hash(key, source): the bytecode cache's hash of the source's
// bytes (the key, importlib's magic number, is Krait's already).
Ref imp_source_hash(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {"source_hash", {"key", "source"}, 0, 0, 2}, arguments, count, kwnames, bound))
    return Ref();
  std::string_view source;
  if (!runtime::require_byte_view(interpreter, bound[1], source)) return Ref();
  const std::uint64_t hash = compiler::source_hash(source);
  std::string bytes;
  for (int i = 0; i < 8; ++i) bytes += static_cast<char>(hash >> (8 * i));
  return runtime::new_bytes(interpreter, bytes);
}

// _fix_co_filename(code, path, /): a cache found for a source that moved.
Ref imp_fix_co_filename(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_fix_co_filename", kwnames) ||
      !runtime::check_argument_count(interpreter, "_fix_co_filename", count, 2, 2))
    return Ref();
  if (runtime::type_of(interpreter, arguments[0]) != interpreter.code_type)
    return interpreter.raise(interpreter.TypeError_type, "_fix_co_filename() argument 1 must be code, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  if (!str_argument(interpreter, "_fix_co_filename", 2, arguments[1])) return Ref();
  compiler::set_code_filename(arguments[0], arguments[1]);
  return interpreter.new_none();
}

}  // namespace

Ref create_imp_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_imp");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"is_builtin", &imp_is_builtin},
                                 {"create_builtin", &imp_create_builtin},
                                 {"exec_builtin", &imp_exec_builtin},
                                 {"is_frozen", &imp_is_frozen},
                                 {"find_frozen", &imp_find_frozen},
                                 {"get_frozen_object", &imp_get_frozen_object},
                                 {"init_frozen", &imp_init_frozen},
                                 {"is_frozen_package", &imp_is_frozen_package},
                                 {"_frozen_module_names", &imp_frozen_module_names},
                                 {"_override_frozen_modules_for_tests", &imp_override_frozen},
                                 {"acquire_lock", &imp_acquire_lock},
                                 {"release_lock", &imp_release_lock},
                                 {"lock_held", &imp_lock_held},
                                 {"extension_suffixes", &imp_extension_suffixes},
                                 {"create_dynamic", &imp_create_dynamic},
                                 {"exec_dynamic", &imp_exec_dynamic},
                                 {"source_hash", &imp_source_hash},
                                 {"_fix_co_filename", &imp_fix_co_filename}});
  const char* modes[] = {"default", "always", "never"};
  Ref mode = runtime::new_str(interpreter, modes[interpreter.check_hash_based_pycs]);
  runtime::module_set(interpreter, module.get(), "check_hash_based_pycs", mode.get());
  return module;
}

}  // namespace krait::modules
