// VM stage: the import system (see import.h). Messages and the order of
// the steps are CPython 3.11's: Python/import.c (resolve_name,
// PyImport_ImportModuleLevelObject, import_from, import_all_from) and
// importlib._bootstrap (_find_and_load_unlocked, _load_unlocked,
// _handle_fromlist). Packages are directories with an __init__.py; there
// are no namespace packages, loaders or specs (__spec__ is None).
#include "vm/import.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>

#include "compiler/compiler.h"
#include "modules/registry.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"
#include "vm/vm.h"

namespace krait::vm {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

std::string text_of(Value str) { return std::string(runtime::str_utf8(str)); }

// sys.modules[name] (borrowed), or null when absent.
Value loaded_module(Interpreter& interpreter, Value name) {
  return runtime::dict_get_str(interpreter.modules.get(), name);
}

// ModuleNotFoundError(message, name=name).
Ref module_not_found(Interpreter& interpreter, const std::string& message, Value name) {
  return runtime::raise_import_error(interpreter, interpreter.ModuleNotFoundError_type, message, name, Value());
}

Ref no_module_named(Interpreter& interpreter, Value name, const std::string& detail = "") {
  return module_not_found(interpreter, "No module named " + runtime::str_repr_text(name) + detail, name);
}

// A source file found for a module: the package's __init__.py or the module's .py.
struct Location {
  std::string file;
  std::string package_directory;  // empty for a module that is not a package
};

bool is_file(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

// A search path entry as an absolute directory without trailing slashes
// (FileFinder's: '' is the current directory, nothing is normalised).
std::string search_directory(std::string_view entry) {
  std::string directory(entry);
  if (directory.empty() || directory[0] != '/') {
    std::error_code error;
    std::string current = std::filesystem::current_path(error).string();
    directory = directory.empty() ? current : current + "/" + directory;
  }
  while (directory.size() > 1 && directory.back() == '/') directory.pop_back();
  return directory;
}

// The first directory of `search_path` (an iterable of strs; others are
// skipped) holding the package or module `short_name`. A package wins over
// a module of the same name in the same directory, as in FileFinder.
std::optional<Location> find_source(Interpreter& interpreter, Value search_path, std::string_view short_name, bool& failed) {
  failed = false;
  Ref iterator = runtime::get_iterator(interpreter, search_path);
  if (!iterator) {
    failed = true;
    return std::nullopt;
  }
  for (;;) {
    Ref entry = runtime::iterator_next(interpreter, iterator.get());
    if (!entry) {
      failed = interpreter.has_exception();
      return std::nullopt;
    }
    if (!runtime::is_str(interpreter, entry.get())) continue;
    const std::string directory = search_directory(runtime::str_utf8(entry.get()));
    const std::string base = (directory == "/" ? "" : directory) + "/" + std::string(short_name);
    if (is_file(base + "/__init__.py")) return Location{base + "/__init__.py", base};
    if (is_file(base + ".py")) return Location{base + ".py", ""};
  }
}

// Puts `module` in sys.modules under `name`.
bool register_module(Interpreter& interpreter, Value name, Value module) {
  return runtime::dict_set_item(interpreter, interpreter.modules.get(), name, module);
}

// Removes a module whose body failed from sys.modules, keeping the pending exception.
void forget_module(Interpreter& interpreter, Value name) {
  Ref exception = interpreter.take_exception();
  if (runtime::dict_delete_item(interpreter, interpreter.modules.get(), name) < 0) Ref ignored = interpreter.take_exception();
  interpreter.restore_exception(std::move(exception));
}

Ref load_native_module(Interpreter& interpreter, Value name, const modules::NativeModule& native) {
  Ref module = native.create(interpreter);
  if (!module) return Ref();
  runtime::as_module(module.get())->builtin = true;
  if (!register_module(interpreter, name, module.get())) return Ref();
  return module;
}

// _load_unlocked for a source file: the module enters sys.modules, runs,
// and what sys.modules then holds under its name is the result.
Ref load_source_module(Interpreter& interpreter, Value name, const Location& location, std::string_view parent) {
  Ref module = runtime::new_module(interpreter, runtime::str_utf8(name));
  const Value dict = runtime::module_dict(module.get());
  const bool package = !location.package_directory.empty();
  Ref package_name = package ? Ref::borrow(name) : runtime::new_str(interpreter, parent);
  runtime::module_set(interpreter, module.get(), "__package__", package_name.get());
  if (package) {
    Ref directory = runtime::new_str(interpreter, location.package_directory);
    const Value entry = directory.get();
    Ref path = runtime::new_list(interpreter, std::span<const Value>(&entry, 1));
    runtime::module_set(interpreter, module.get(), "__path__", path.get());
  }
  Ref file = runtime::new_str(interpreter, location.file);
  runtime::module_set(interpreter, module.get(), "__file__", file.get());
  runtime::dict_set_str(interpreter, dict, interpreter.names.dunder_builtins, interpreter.builtins());
  if (!register_module(interpreter, name, module.get())) return Ref();
  runtime::ModuleObject* object = runtime::as_module(module.get());
  object->initializing = true;
  Ref code = compile_file(interpreter, location.file);
  Ref result = code ? run_module(interpreter, code.get(), dict) : Ref();
  object->initializing = false;
  if (!result) {
    forget_module(interpreter, name);
    return Ref();
  }
  const Value registered = loaded_module(interpreter, name);
  return registered.is_null() ? std::move(module) : Ref::borrow(registered);
}

Ref find_and_load(Interpreter& interpreter, Value name);

// sys.modules[name], else the module loaded (_gcd_import without checks).
Ref get_or_load(Interpreter& interpreter, Value name) {
  const Value found = loaded_module(interpreter, name);
  if (!found.is_null() && found != interpreter.none()) return Ref::borrow(found);
  return find_and_load(interpreter, name);
}

// sys.path (borrowed), or null when there is no sys module or no path.
Value sys_path(Interpreter& interpreter) {
  const Value sys = loaded_module(interpreter, interpreter.intern("sys"));
  if (sys.is_null() || !runtime::is_module(interpreter, sys)) return Value();
  return runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern("path"));
}

// _find_and_load_unlocked: the parent package first, then the module in
// its __path__ (or among the native modules and sys.path for a top-level
// name); a submodule becomes an attribute of its parent.
Ref find_and_load(Interpreter& interpreter, Value name) {
  if (loaded_module(interpreter, name) == interpreter.none())
    return module_not_found(interpreter, "import of " + text_of(name) + " halted; None in sys.modules", name);
  const std::string full = text_of(name);
  const std::size_t dot = full.rfind('.');
  const std::string parent = dot == std::string::npos ? "" : full.substr(0, dot);
  const std::string child = dot == std::string::npos ? full : full.substr(dot + 1);
  Ref search_path;
  Ref parent_name;
  if (!parent.empty()) {
    parent_name = runtime::new_str(interpreter, parent);
    Ref parent_module = get_or_load(interpreter, parent_name.get());
    if (!parent_module) return Ref();
    // Importing the parent may have imported this module too.
    const Value already = loaded_module(interpreter, name);
    if (!already.is_null()) return Ref::borrow(already);
    const int has_path = runtime::lookup_attribute(interpreter, parent_module.get(), interpreter.intern("__path__"), search_path);
    if (has_path < 0) return Ref();
    if (has_path == 0) return no_module_named(interpreter, name, "; " + runtime::str_repr_text(parent_name.get()) + " is not a package");
  } else {
    if (const modules::NativeModule* native = modules::find_native_module(full))
      return load_native_module(interpreter, name, *native);
    const Value path = sys_path(interpreter);
    if (path.is_null()) return no_module_named(interpreter, name);
    search_path = Ref::borrow(path);
  }
  bool failed = false;
  const std::optional<Location> location = find_source(interpreter, search_path.get(), child, failed);
  if (failed) return Ref();
  if (!location) return no_module_named(interpreter, name);
  Ref module = load_source_module(interpreter, name, *location, parent);
  if (!module || parent.empty()) return module;
  const Value parent_module = loaded_module(interpreter, parent_name.get());
  if (!parent_module.is_null()) {
    Ref child_name = runtime::new_str(interpreter, child);
    if (!runtime::set_attribute(interpreter, parent_module, child_name.get(), module.get()))
      Ref ignored = interpreter.take_exception();  // CPython warns (ImportWarning, ignored by default)
  }
  return module;
}

// resolve_name: `name` relative to the package of `globals`, `level` dots up.
Ref resolve_name(Interpreter& interpreter, Value name, Value globals, int level) {
  if (globals.is_null()) return interpreter.raise(interpreter.KeyError_type, "'__name__' not in globals");
  if (!runtime::is_dict(interpreter, globals)) return interpreter.raise(interpreter.TypeError_type, "globals must be a dict");
  Value package = runtime::dict_get_str(globals, interpreter.intern("__package__"));
  if (package == interpreter.none()) package = Value();
  std::string base;
  if (!package.is_null()) {
    if (!runtime::is_str(interpreter, package)) return interpreter.raise(interpreter.TypeError_type, "package must be a string");
    base = text_of(package);
  } else {
    // No __package__ (nor __spec__, which Krait leaves None): __name__,
    // itself for a package (__path__), else its parent.
    const Value module_name = runtime::dict_get_str(globals, interpreter.names.dunder_name);
    if (module_name.is_null()) return interpreter.raise(interpreter.KeyError_type, "'__name__' not in globals");
    if (!runtime::is_str(interpreter, module_name))
      return interpreter.raise(interpreter.TypeError_type, "__name__ must be a string");
    base = text_of(module_name);
    if (runtime::dict_get_str(globals, interpreter.intern("__path__")).is_null()) {
      const std::size_t dot = base.rfind('.');
      base = dot == std::string::npos ? "" : base.substr(0, dot);
    }
  }
  if (base.empty())
    return interpreter.raise(interpreter.ImportError_type, "attempted relative import with no known parent package");
  for (int up = 1; up < level; ++up) {
    const std::size_t dot = base.rfind('.');
    if (dot == std::string::npos)
      return interpreter.raise(interpreter.ImportError_type, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  const std::string relative = text_of(name);
  return runtime::new_str(interpreter, relative.empty() ? base : base + "." + relative);
}

// str(module.__name__), or nothing with the exception pending.
std::optional<std::string> name_of(Interpreter& interpreter, Value module) {
  Ref name = runtime::get_attribute(interpreter, module, interpreter.names.dunder_name);
  Ref shown = name ? runtime::str(interpreter, name.get()) : Ref();
  if (!shown) return std::nullopt;
  return text_of(shown.get());
}

// Whether the pending exception is ModuleNotFoundError for the module `name`.
bool missing_module(Interpreter& interpreter, Value name) {
  if (!interpreter.exception_is(interpreter.ModuleNotFoundError_type)) return false;
  Ref missing;
  if (runtime::lookup_attribute(interpreter, interpreter.exception(), interpreter.intern("name"), missing) <= 0) return false;
  return runtime::is_str(interpreter, missing.get()) && runtime::str_equal(missing.get(), name);
}

// _handle_fromlist: a package's submodules named in the fromlist (or in
// __all__ for '*') are imported when it lacks attributes of those names.
bool handle_fromlist(Interpreter& interpreter, Value module, Value fromlist, bool recursive) {
  Ref iterator = runtime::get_iterator(interpreter, fromlist);
  if (!iterator) return false;
  for (;;) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) return !interpreter.has_exception();
    const Value entry = item.get();
    if (!runtime::is_str(interpreter, entry)) {
      std::string where = "``from list''";
      if (recursive) {
        const std::optional<std::string> module_name = name_of(interpreter, module);
        if (!module_name) return false;
        where = *module_name + ".__all__";
      }
      interpreter.set_exception(interpreter.TypeError_type, "Item in " + where + " must be str, not " +
                                                                std::string(runtime::type_name(interpreter, entry)));
      return false;
    }
    Ref found;
    if (runtime::str_utf8(entry) == "*") {
      if (recursive) continue;
      const int has_all = runtime::lookup_attribute(interpreter, module, interpreter.intern("__all__"), found);
      if (has_all < 0 || (has_all > 0 && !handle_fromlist(interpreter, module, found.get(), true))) return false;
      continue;
    }
    const int present = runtime::lookup_attribute(interpreter, module, entry, found);
    if (present < 0) return false;
    if (present > 0) continue;
    const std::optional<std::string> module_name = name_of(interpreter, module);
    if (!module_name) return false;
    Ref submodule_name = runtime::new_str(interpreter, *module_name + "." + text_of(entry));
    if (get_or_load(interpreter, submodule_name.get())) continue;
    // A fromlist name that is no module is left for IMPORT_FROM to report.
    if (!missing_module(interpreter, submodule_name.get()) ||
        loaded_module(interpreter, submodule_name.get()) == interpreter.none())
      return false;
    Ref ignored = interpreter.take_exception();
  }
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0).
Ref builtin_import(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[5];
  if (!runtime::bind_arguments(interpreter, {"__import__", {"name", "globals", "locals", "fromlist", "level"}, 0, 0, 1},
                               arguments, count, kwnames, values))
    return Ref();
  int level = 0;
  if (!values[4].is_null() && !runtime::index_to_c_int(interpreter, values[4], level)) return Ref();
  return import_module_level(interpreter, values[0], values[1], values[3], level);
}

// Whether builtins.__import__ is still the function above (IMPORT_NAME then
// imports without a call).
bool is_original_import(Interpreter& interpreter, Value function) {
  return runtime::type_of(interpreter, function) == interpreter.builtin_function_type &&
         static_cast<runtime::BuiltinFunction*>(function.as_object())->function == &builtin_import;
}

}  // namespace

Ref compile_file(Interpreter& interpreter, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error_number = errno ? errno : ENOENT;
    return interpreter.raise(interpreter.OSError_type, "[Errno " + std::to_string(error_number) + "] " +
                                                           std::strerror(error_number) + ": '" + path + "'");
  }
  std::ostringstream content;
  content << in.rdbuf();
  const std::string source = content.str();
  compiler::CompileResult compiled = compiler::compile_source(interpreter, source, path);
  std::fputs(format_warnings(compiled.warnings, path).c_str(), stderr);
  std::optional<SyntaxErrorInfo> error = std::move(compiled.error);
  Ref code = std::move(compiled.code);
  if (!error) return code;
  if (error->filename.empty()) error->filename = path;
  compiler::end_error_text(*error, source);
  return runtime::raise_front_end_error(interpreter, *error);
}

Ref import_module_level(Interpreter& interpreter, Value name, Value globals, Value fromlist, int level) {
  if (name.is_null() || !runtime::is_str(interpreter, name))
    return interpreter.raise(interpreter.TypeError_type, "module name must be a string");
  if (level < 0) return interpreter.raise(interpreter.ValueError_type, "level must be >= 0");
  Ref absolute;
  if (level > 0) {
    absolute = resolve_name(interpreter, name, globals, level);
    if (!absolute) return Ref();
  } else {
    if (runtime::as_str(name)->length == 0) return interpreter.raise(interpreter.ValueError_type, "Empty module name");
    absolute = Ref::borrow(name);
  }
  Ref module = get_or_load(interpreter, absolute.get());
  if (!module) return Ref();
  int has_from = 0;
  if (!fromlist.is_null() && fromlist != interpreter.none()) {
    has_from = runtime::truth(interpreter, fromlist);
    if (has_from < 0) return Ref();
  }
  if (has_from) {
    Ref path;
    const int is_package = runtime::lookup_attribute(interpreter, module.get(), interpreter.intern("__path__"), path);
    if (is_package < 0) return Ref();
    if (is_package && !handle_fromlist(interpreter, module.get(), fromlist, false)) return Ref();
    return module;
  }
  // `import a.b.c` binds a: the top package (for a relative name, the
  // package as far as the name's first part).
  const std::string relative = text_of(name);
  const std::size_t dot = relative.find('.');
  if ((level > 0 && relative.empty()) || dot == std::string::npos) return module;
  if (level == 0) {
    Ref front = runtime::new_str(interpreter, relative.substr(0, dot));
    return import_module_level(interpreter, front.get(), Value(), Value(), 0);
  }
  const std::string full = text_of(absolute.get());
  Ref front = runtime::new_str(interpreter, full.substr(0, full.size() - (relative.size() - dot)));
  const Value found = loaded_module(interpreter, front.get());
  if (found.is_null())
    return interpreter.raise(interpreter.KeyError_type, runtime::str_repr_text(front.get()) + " not in sys.modules as expected");
  return Ref::borrow(found);
}

Ref import_name(Interpreter& interpreter, const runtime::Frame& frame, Value name, Value fromlist, Value level) {
  const Value function = runtime::dict_get_str(interpreter.builtins(), interpreter.intern("__import__"));
  if (function.is_null()) return interpreter.raise(interpreter.ImportError_type, "__import__ not found");
  if (is_original_import(interpreter, function))
    return import_module_level(interpreter, name, frame.globals, fromlist, static_cast<int>(level.as_small_int()));
  const Value arguments[] = {name, frame.globals, frame.locals.is_null() ? interpreter.none() : frame.locals, fromlist,
                             level};
  return runtime::call(interpreter, function, arguments, 5);
}

Ref import_from(Interpreter& interpreter, Value module, Value name) {
  Ref found;
  const int present = runtime::lookup_attribute(interpreter, module, name, found);
  if (present != 0) return found;
  // A circular import may not have set the attribute yet: the submodule
  // itself from sys.modules.
  Ref package_name;
  const int named = runtime::lookup_attribute(interpreter, module, interpreter.names.dunder_name, package_name);
  if (named < 0) return Ref();
  const bool has_name = named > 0 && runtime::is_str(interpreter, package_name.get());
  if (has_name) {
    Ref full = runtime::new_str(interpreter, text_of(package_name.get()) + "." + text_of(name));
    const Value submodule = loaded_module(interpreter, full.get());
    if (!submodule.is_null()) return Ref::borrow(submodule);
  }
  const std::string shown_module =
      has_name ? runtime::str_repr_text(package_name.get()) : std::string("'<unknown module name>'");
  const Value file = runtime::is_module(interpreter, module)
                         ? runtime::dict_get_str(runtime::module_dict(module), interpreter.names.dunder_file)
                         : Value();
  const Value error_name = has_name ? package_name.get() : Value();
  const std::string text = "cannot import name " + runtime::str_repr_text(name) + " from ";
  if (file.is_null() || !runtime::is_str(interpreter, file))
    return runtime::raise_import_error(interpreter, interpreter.ImportError_type, text + shown_module + " (unknown location)",
                                       error_name, Value());
  const bool partial = runtime::as_module(module)->initializing;
  return runtime::raise_import_error(
      interpreter, interpreter.ImportError_type,
      text + (partial ? "partially initialized module " : "") + shown_module +
          (partial ? " (most likely due to a circular import)" : "") + " (" + text_of(file) + ")",
      error_name, file);
}

bool import_star(Interpreter& interpreter, Value locals, Value module) {
  Ref names;
  const int has_all = runtime::lookup_attribute(interpreter, module, interpreter.intern("__all__"), names);
  if (has_all < 0) return false;
  const bool public_only = has_all == 0;
  if (public_only) {
    Ref dict;
    const int has_dict = runtime::lookup_attribute(interpreter, module, interpreter.names.dunder_dict, dict);
    if (has_dict < 0) return false;
    if (has_dict == 0) {
      interpreter.set_exception(interpreter.ImportError_type, "from-import-* object has no __dict__ and no __all__");
      return false;
    }
    names = runtime::new_list(interpreter, {});
    if (!runtime::list_extend(interpreter, names.get(), dict.get())) return false;
  }
  // A sequence read by index until IndexError, as PySequence_GetItem.
  for (std::int64_t index = 0;; ++index) {
    Ref position = runtime::new_int(interpreter, index);
    Ref name = runtime::get_item(interpreter, names.get(), position.get());
    if (!name) {
      if (!interpreter.exception_is(interpreter.IndexError_type)) return false;
      Ref ended = interpreter.take_exception();
      return true;
    }
    if (!runtime::is_str(interpreter, name.get())) {
      Ref module_name = runtime::get_attribute(interpreter, module, interpreter.names.dunder_name);
      if (!module_name) return false;
      if (!runtime::is_str(interpreter, module_name.get()))
        interpreter.set_exception(interpreter.TypeError_type, "module __name__ must be a string, not " +
                                                                  std::string(runtime::type_name(interpreter, module_name.get())));
      else
        interpreter.set_exception(interpreter.TypeError_type,
                                  std::string(public_only ? "Key" : "Item") + " in " + text_of(module_name.get()) +
                                      (public_only ? ".__dict__" : ".__all__") + " must be str, not " +
                                      std::string(runtime::type_name(interpreter, name.get())));
      return false;
    }
    if (public_only && runtime::str_utf8(name.get()).starts_with("_")) continue;
    Ref value = runtime::get_attribute(interpreter, module, name.get());
    if (!value) return false;
    if (!runtime::set_item(interpreter, locals, name.get(), value.get())) return false;
  }
}

Ref new_main_module(Interpreter& interpreter, const std::string& filename) {
  Ref module = runtime::new_module(interpreter, "__main__");
  const Value builtins = loaded_module(interpreter, interpreter.intern("builtins"));
  runtime::dict_set_str(interpreter, runtime::module_dict(module.get()), interpreter.names.dunder_builtins,
                        builtins.is_null() ? interpreter.builtins() : builtins);
  if (!filename.empty()) {
    Ref file = runtime::new_str(interpreter, filename);
    runtime::module_set(interpreter, module.get(), "__file__", file.get());
  }
  if (!register_module(interpreter, interpreter.names.dunder_main, module.get())) return Ref();
  return module;
}

void install_import(Interpreter& interpreter) {
  Ref function = runtime::new_builtin_function(interpreter, "__import__", &builtin_import);
  runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.intern("__import__"), function.get());
  for (const char* name : {"builtins", "sys"}) {
    Ref module = get_or_load(interpreter, interpreter.intern(name));
    if (!module) Ref ignored = interpreter.take_exception();
  }
}

}  // namespace krait::vm
