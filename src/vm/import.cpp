// VM stage: the import system (see import.h). Messages and the order of
// the steps are CPython 3.11's: Python/import.c (resolve_name,
// PyImport_ImportModuleLevelObject, import_from, import_all_from) and
// importlib._bootstrap (_find_and_load_unlocked, _load_unlocked,
// _handle_fromlist). Packages are directories with an __init__.py, or
// namespace packages (PEP 420: directories without one, found when no
// module or package of the name is). CPython's importlib package loads on
// demand (`import importlib`, or touching sys.meta_path, sys.path_hooks or
// sys.path_importer_cache): its _bootstrap and _bootstrap_external are
// _frozen_importlib and _frozen_importlib_external, installed as CPython's
// start-up installs them. Until then modules get a native __spec__ (a
// ModuleSpec of name, origin, cached, parent, submodule_search_locations;
// no loader); from then on importlib's ModuleSpec with a SourceFileLoader,
// and an import statement goes through importlib._bootstrap._find_and_load
// whenever sys.meta_path or sys.path_hooks hold more than the defaults.
#include "vm/import.h"

#include <algorithm>
#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <cstdio>
#include <utility>
#include <vector>
#include <sstream>
#include <string>
#include <system_error>

#include "compiler/code_cache.h"
#include "compiler/compiler.h"
#include "modules/registry.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_object.h"
#include "compiler/code_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/bytes_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"
#include "compiler/bytecode_cache.h"
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

// A source file found for a module: the package's __init__.py or the
// module's .py; or, for a namespace package, no file and its directories.
struct Location {
  std::string file;
  std::string package_directory;  // empty for a module that is not a package
  std::vector<std::string> portions;  // a namespace package's __path__
  std::string code_filename;  // the code's co_filename when not `file` (frozen importlib's)
  // Not found natively before an entry that is a file, not a directory (a
  // zip archive): importlib's path hooks (zipimporter) must look.
  bool archive = false;
};

bool is_file(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

bool is_directory(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error);
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
// a module of the same name in the same directory, as in FileFinder; a
// directory without __init__.py is a portion of a namespace package, which
// is the result only when no directory has the package or module. An entry
// that is a file ends the search with an `archive` location (unless
// `stop_at_archive` is false: then it is skipped).
std::optional<Location> find_source(Interpreter& interpreter, Value search_path, std::string_view short_name, bool& failed,
                                    bool stop_at_archive = true) {
  failed = false;
  Ref iterator = runtime::get_iterator(interpreter, search_path);
  if (!iterator) {
    failed = true;
    return std::nullopt;
  }
  Location namespace_package;
  for (;;) {
    Ref entry = runtime::iterator_next(interpreter, iterator.get());
    if (!entry) {
      failed = interpreter.has_exception();
      if (failed || namespace_package.portions.empty()) return std::nullopt;
      return namespace_package;
    }
    if (!runtime::is_str(interpreter, entry.get())) continue;
    const std::string directory = search_directory(runtime::str_utf8(entry.get()));
    const std::string base = (directory == "/" ? "" : directory) + "/" + std::string(short_name);
    if (is_file(base + "/__init__.py")) return Location{base + "/__init__.py", base, {}, {}};
    struct stat module;
    if (::stat((base + ".py").c_str(), &module) == 0 && S_ISREG(module.st_mode)) return Location{base + ".py", "", {}, {}};
    if (errno == ENOTDIR && stop_at_archive && !interpreter.imports.installing) {
      Location archive;
      archive.archive = true;
      return archive;
    }
    if (is_directory(base)) namespace_package.portions.push_back(base);
  }
}

// ModuleSpec(name='m', loader=None, origin='/path/m.py'), its repr as
// importlib's (submodule_search_locations shown when not None).
Ref module_spec_repr(Interpreter& interpreter, Value self) {
  std::string text = "ModuleSpec(";
  const char* fields[] = {"name", "loader", "origin", "submodule_search_locations"};
  for (const char* field : fields) {
    Ref value;
    if (runtime::lookup_attribute(interpreter, self, interpreter.intern(field), value) < 0) return Ref();
    if (!value || (text.size() > 11 && field[0] != 'l' && value.get() == interpreter.none())) continue;
    Ref shown = runtime::repr(interpreter, value.get());
    if (!shown) return Ref();
    text += std::string(text.size() > 11 ? ", " : "") + field + "=" + text_of(shown.get());
  }
  return runtime::new_str(interpreter, text + ")");
}

runtime::Type* module_spec_type(Interpreter& interpreter) {
  if (!interpreter.module_spec_type) {
    runtime::Type* type = interpreter.create_type("ModuleSpec", interpreter.namespace_type);
    type->dict = runtime::new_dict(interpreter);
    type->mro = {type, interpreter.namespace_type, interpreter.object_type};
    runtime::inherit_slots(*type);
    type->repr = &module_spec_repr;
    type->version = interpreter.next_type_version();
    interpreter.module_spec_type = type;
  }
  return interpreter.module_spec_type;
}

// A module's __spec__: origin the file (None for a namespace package),
// cached its cache file, submodule_search_locations a package's __path__.
Ref new_module_spec(Interpreter& interpreter, Value name, Value origin, Value cached, Value locations) {
  Ref spec = runtime::new_instance(interpreter, module_spec_type(interpreter));
  const std::string full = text_of(name);
  const std::size_t dot = full.rfind('.');
  Ref parent = !locations.is_null() && locations != interpreter.none()
                   ? Ref::borrow(name)
                   : runtime::new_str(interpreter, dot == std::string::npos ? "" : full.substr(0, dot));
  const std::pair<const char*, Value> fields[] = {
      {"name", name},
      {"loader", interpreter.none()},
      {"origin", origin},
      {"loader_state", interpreter.none()},
      {"submodule_search_locations", locations},
      {"cached", cached},
      {"parent", parent.get()},
      {"has_location", interpreter.boolean(origin != interpreter.none())}};
  for (const auto& [field, value] : fields)
    if (runtime::object_set_attribute(interpreter, spec.get(), interpreter.intern(field), value) < 0) return Ref();
  return spec;
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

bool set_builtin_spec(Interpreter& interpreter, Value name, Value module);

Ref load_native_module(Interpreter& interpreter, Value name, const modules::NativeModule& native) {
  Ref module = native.create(interpreter);
  if (!module) return Ref();
  runtime::as_module(module.get())->builtin = true;
  if (interpreter.imports.bootstrap && !set_builtin_spec(interpreter, name, module.get())) return Ref();
  if (!register_module(interpreter, name, module.get())) return Ref();
  return module;
}

Ref importlib_spec(Interpreter& interpreter, Value name, Value file, Value locations, Ref& loader);

// The attributes of a module about to run from `location`: __package__,
// __path__ (a package), __file__ and __cached__ (not for a namespace
// package), __spec__ and __builtins__.
bool initialise_module(Interpreter& interpreter, Value module, Value name, const Location& location,
                       std::string_view parent) {
  const bool namespace_package = location.file.empty();
  const bool package = !location.package_directory.empty() || namespace_package;
  Ref package_name = package ? Ref::borrow(name) : runtime::new_str(interpreter, parent);
  runtime::module_set(interpreter, module, "__package__", package_name.get());
  Ref path;
  if (package) {
    path = runtime::new_list(interpreter, {});
    for (const std::string& directory : namespace_package ? location.portions
                                                          : std::vector<std::string>{location.package_directory}) {
      Ref entry = runtime::new_str(interpreter, directory);
      runtime::list_append(path.get(), entry.get());
    }
    runtime::module_set(interpreter, module, "__path__", path.get());
  }
  Ref file = namespace_package ? interpreter.new_none() : runtime::new_str(interpreter, location.file);
  Ref cached = namespace_package ? interpreter.new_none() : runtime::new_str(interpreter, compiler::cache_path(interpreter, location.file));
  runtime::module_set(interpreter, module, "__file__", file.get());  // None for a namespace package
  if (!namespace_package) runtime::module_set(interpreter, module, "__cached__", cached.get());
  Ref loader;
  Ref spec = interpreter.imports.bootstrap
                 ? importlib_spec(interpreter, name, file.get(), package ? path.get() : interpreter.none(), loader)
                 : new_module_spec(interpreter, name, file.get(), cached.get(), package ? path.get() : interpreter.none());
  if (!spec) return false;
  runtime::module_set(interpreter, module, "__spec__", spec.get());
  if (loader) runtime::module_set(interpreter, module, "__loader__", loader.get());
  const Value dict = runtime::module_dict(module);
  runtime::dict_set_str(interpreter, dict, interpreter.names.dunder_builtins, interpreter.builtins());
  return !interpreter.has_exception();
}

// Runs the module's code from `location` in its namespace (marked as
// initializing meanwhile, for the "partially initialized" errors).
bool execute_module(Interpreter& interpreter, Value module, const Location& location, Value name) {
  if (location.file.empty()) return true;  // a namespace package has no code
  runtime::ModuleObject* object = runtime::as_module(module);
  object->initializing = true;
  Ref code = compile_file(interpreter, location.file, text_of(name));
  if (code && !location.code_filename.empty()) {
    Ref filename = runtime::new_str(interpreter, location.code_filename);
    compiler::set_code_filename(code.get(), filename.get());
  }
  Ref result = code ? run_module(interpreter, code.get(), runtime::module_dict(module)) : Ref();
  object->initializing = false;
  return static_cast<bool>(result);
}

// _load_unlocked for a source file: the module enters sys.modules, runs,
// and what sys.modules then holds under its name is the result.
Ref load_source_module(Interpreter& interpreter, Value name, const Location& location, std::string_view parent) {
  Ref module = runtime::new_module(interpreter, runtime::str_utf8(name));
  if (!initialise_module(interpreter, module.get(), name, location, parent)) return Ref();
  if (!register_module(interpreter, name, module.get())) return Ref();
  if (interpreter.verbose > 0)
    std::fprintf(stderr, "import %s # from '%s'\n", runtime::str_repr_text(name).c_str(),
                 location.file.empty() ? "(namespace)" : location.file.c_str());
  if (!execute_module(interpreter, module.get(), location, name)) {
    forget_module(interpreter, name);
    return Ref();
  }
  const Value registered = loaded_module(interpreter, name);
  return registered.is_null() ? std::move(module) : Ref::borrow(registered);
}

Ref find_and_load(Interpreter& interpreter, Value name);
std::optional<Location> bootstrap_location(Interpreter& interpreter, std::string_view name, bool& failed);
bool bootstrap_loaded(Interpreter& interpreter, std::string_view name, Value module);
Ref importlib_find_and_load(Interpreter& interpreter, Value name);
// CPython's frozen importlib: importlib/_bootstrap.py and
// _bootstrap_external.py of the standard library, loaded under these names.
constexpr std::string_view frozen_bootstrap = "_frozen_importlib";
constexpr std::string_view frozen_external = "_frozen_importlib_external";
constexpr const char* frozen_bootstrap_file = "<frozen importlib._bootstrap>";
constexpr const char* frozen_external_file = "<frozen importlib._bootstrap_external>";

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

// find_source in a package's __path__, or in sys.path when `search_path`
// is null (nothing found when there is no sys.path).
std::optional<Location> find_in_path(Interpreter& interpreter, Value search_path, std::string_view short_name,
                                     bool& failed) {
  failed = false;
  if (search_path.is_null()) search_path = sys_path(interpreter);
  if (search_path.is_null()) return std::nullopt;
  return find_source(interpreter, search_path, short_name, failed, false);
}

// _find_and_load_unlocked: the parent package first, then the module in
// its __path__ (or among the native modules and sys.path for a top-level
// name); a submodule becomes an attribute of its parent.
Ref native_find_and_load(Interpreter& interpreter, Value name) {
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
  const bool bootstrap = parent.empty() && (full == frozen_bootstrap || full == frozen_external);
  std::optional<Location> location = bootstrap ? bootstrap_location(interpreter, full, failed)
                                               : find_source(interpreter, search_path.get(), child, failed);
  if (failed) return Ref();
  if (!location) return no_module_named(interpreter, name);
  if (location->archive) return importlib_find_and_load(interpreter, name);
  Ref module = load_source_module(interpreter, name, *location, parent);
  if (module && bootstrap && !bootstrap_loaded(interpreter, full, module.get())) return Ref();
  if (!module || parent.empty()) return module;
  const Value parent_module = loaded_module(interpreter, parent_name.get());
  if (!parent_module.is_null()) {
    Ref child_name = runtime::new_str(interpreter, child);
    if (!runtime::set_attribute(interpreter, parent_module, child_name.get(), module.get()))
      Ref ignored = interpreter.take_exception();  // CPython warns (ImportWarning, ignored by default)
  }
  return module;
}

// --- CPython's importlib -----------------------------------------------------

// sys's namespace (borrowed), or null.
Value sys_dict(Interpreter& interpreter) {
  const Value sys = loaded_module(interpreter, interpreter.intern("sys"));
  return sys.is_null() || !runtime::is_module(interpreter, sys) ? Value() : runtime::module_dict(sys);
}

// The source of _frozen_importlib or _frozen_importlib_external: the
// importlib package's _bootstrap.py or _bootstrap_external.py on sys.path.
std::optional<Location> bootstrap_location(Interpreter& interpreter, std::string_view name, bool& failed) {
  const Value path = sys_path(interpreter);
  failed = false;
  if (path.is_null()) return std::nullopt;
  std::optional<Location> package = find_source(interpreter, path, "importlib", failed, false);
  if (!package || package->package_directory.empty()) return std::nullopt;
  const std::string file =
      package->package_directory + (name == frozen_bootstrap ? "/_bootstrap.py" : "/_bootstrap_external.py");
  if (!is_file(file)) return std::nullopt;
  // Its frames show as CPython's frozen ones (and remove_importlib_frames knows them).
  return Location{file, "", {}, name == frozen_bootstrap ? frozen_bootstrap_file : frozen_external_file};
}

// `object`.name(*arguments).
Ref call_attribute(Interpreter& interpreter, Value object, const char* name, std::initializer_list<Value> arguments) {
  Ref function = runtime::get_attribute(interpreter, object, interpreter.intern(name));
  return function ? runtime::call(interpreter, function.get(), arguments.begin(), arguments.size()) : Ref();
}

// ModuleSpec(name, loader, keyword=value).
Ref new_importlib_spec(Interpreter& interpreter, Value name, Value loader, const char* keyword, Value value) {
  Ref spec_class = runtime::get_attribute(interpreter, interpreter.imports.bootstrap.get(), interpreter.intern("ModuleSpec"));
  if (!spec_class) return Ref();
  const Value keywords_item = interpreter.intern(keyword);
  Ref keywords = runtime::new_tuple(interpreter, std::span<const Value>(&keywords_item, 1));
  const Value arguments[] = {name, loader, value};
  return runtime::call(interpreter, spec_class.get(), arguments, 2, keywords.get());
}

// A tuple of a list's items (what sys.meta_path holds by default).
Ref snapshot(Interpreter& interpreter, Value list) {
  return runtime::is_list(interpreter, list) ? runtime::tuple_from_iterable(interpreter, list)
                                             : runtime::new_tuple(interpreter, {});
}

// A native module's __spec__ and __loader__ once importlib is set up:
// ModuleSpec(name, BuiltinImporter, origin='built-in'), as CPython's.
bool set_builtin_spec(Interpreter& interpreter, Value name, Value module) {
  Ref importer = runtime::get_attribute(interpreter, interpreter.imports.bootstrap.get(), interpreter.intern("BuiltinImporter"));
  Ref origin = runtime::new_str(interpreter, "built-in");
  Ref spec = importer ? new_importlib_spec(interpreter, name, importer.get(), "origin", origin.get()) : Ref();
  if (!spec) return false;
  runtime::module_set(interpreter, module, "__spec__", spec.get());
  runtime::module_set(interpreter, module, "__loader__", importer.get());
  return true;
}

// importlib's spec for a source module (a SourceFileLoader's, or a
// namespace package's NamespaceLoader when `file` is None); `loader`
// receives the loader. `locations` is a package's __path__, else None.
Ref importlib_spec(Interpreter& interpreter, Value name, Value file, Value locations, Ref& loader) {
  const Value external = interpreter.imports.external.get();
  Ref spec;
  if (file == interpreter.none()) {
    Ref finder = runtime::get_attribute(interpreter, external, interpreter.intern("PathFinder"));
    Ref get_spec = finder ? runtime::get_attribute(interpreter, finder.get(), interpreter.intern("_get_spec")) : Ref();
    loader = get_spec ? call_attribute(interpreter, external, "NamespaceLoader", {name, locations, get_spec.get()}) : Ref();
    if (loader) spec = new_importlib_spec(interpreter, name, loader.get(), "is_package", interpreter.boolean(true));
  } else {
    loader = call_attribute(interpreter, external, "SourceFileLoader", {name, file});
    if (loader) spec = new_importlib_spec(interpreter, name, loader.get(), "origin", file);
    if (spec && !runtime::set_attribute(interpreter, spec.get(), interpreter.intern("_set_fileattr"), interpreter.boolean(true)))
      return Ref();
  }
  if (!spec) return Ref();
  if (locations != interpreter.none() &&
      !runtime::set_attribute(interpreter, spec.get(), interpreter.intern("submodule_search_locations"), locations))
    return Ref();
  return spec;
}

// Gives the modules imported before importlib was set up importlib's specs
// and loaders (its own _setup does the built-in ones).
bool adopt_modules(Interpreter& interpreter) {
  Ref items = runtime::new_list(interpreter, {});
  if (!runtime::list_extend(interpreter, items.get(), interpreter.modules.get())) return false;
  for (const Value entry : runtime::as_list(items.get())->items) {
    const Value module = loaded_module(interpreter, entry);
    if (module.is_null() || !runtime::is_module(interpreter, module)) continue;
    const Value spec = runtime::dict_get_str(runtime::module_dict(module), interpreter.intern("__spec__"));
    if (spec.is_null() || runtime::type_of(interpreter, spec) != interpreter.module_spec_type) continue;
    Ref name, origin, locations, loader;
    if (!(name = runtime::get_attribute(interpreter, spec, interpreter.intern("name"))) ||
        !(origin = runtime::get_attribute(interpreter, spec, interpreter.intern("origin"))) ||
        !(locations = runtime::get_attribute(interpreter, spec, interpreter.intern("submodule_search_locations"))))
      return false;
    Ref adopted = importlib_spec(interpreter, name.get(), origin.get(), locations.get(), loader);
    if (!adopted) return false;
    runtime::module_set(interpreter, module, "__spec__", adopted.get());
    runtime::module_set(interpreter, module, "__loader__", loader.get());
  }
  return true;
}

// After _frozen_importlib_external's body: its magic number made the
// cache's (so its SourceFileLoader reads and writes Krait's caches). After
// _frozen_importlib's: CPython's start-up (_bootstrap._install(sys, _imp),
// then _install_external_importers) with sys.meta_path, sys.path_hooks and
// sys.path_importer_cache made first (unless a program assigned them),
// their contents then recorded as the defaults the native import
// statement stands for.
bool bootstrap_loaded(Interpreter& interpreter, std::string_view name, Value module) {
  if (name == frozen_external) {
    const std::string magic = compiler::cache_magic_bytes();
    Ref bytes = runtime::new_bytes(interpreter, magic);
    Ref raw = runtime::new_int(interpreter, compiler::cache_magic_number());
    runtime::module_set(interpreter, module, "MAGIC_NUMBER", bytes.get());
    runtime::module_set(interpreter, module, "_RAW_MAGIC_NUMBER", raw.get());
    return true;
  }
  const Value sys_namespace = sys_dict(interpreter);
  Ref imp = get_or_load(interpreter, interpreter.intern("_imp"));
  if (sys_namespace.is_null() || !imp) return false;
  // Fresh lists to install into (a program's own, assigned before, are put back after).
  const Value names[] = {interpreter.intern("meta_path"), interpreter.intern("path_hooks"),
                         interpreter.intern("path_importer_cache")};
  Ref assigned[3];
  for (int i = 0; i < 3; ++i) {
    assigned[i] = Ref::borrow(runtime::dict_get_str(sys_namespace, names[i]));
    Ref fresh = i < 2 ? runtime::new_list(interpreter, {}) : runtime::new_dict(interpreter);
    runtime::dict_set_str(interpreter, sys_namespace, names[i], fresh.get());
  }
  interpreter.imports.installing = true;
  const Value sys = loaded_module(interpreter, interpreter.intern("sys"));
  const bool installed = call_attribute(interpreter, module, "_install", {sys, imp.get()}) &&
                         call_attribute(interpreter, module, "_install_external_importers", {});
  const Value external = loaded_module(interpreter, interpreter.intern(frozen_external));
  if (!installed || external.is_null()) {
    interpreter.imports.installing = false;
    return false;
  }
  // sys.path_hooks.insert(0, zipimport.zipimporter), as _PyImportZip_Init
  // (no zipimport is no error).
  Ref zipimport = get_or_load(interpreter, interpreter.intern("zipimport"));
  Ref zipimporter = zipimport ? runtime::get_attribute(interpreter, zipimport.get(), interpreter.intern("zipimporter")) : Ref();
  const Value hooks = runtime::dict_get_str(sys_namespace, names[1]);
  if (zipimporter && runtime::is_list(interpreter, hooks))
    runtime::as_list(hooks)->items.insert(runtime::as_list(hooks)->items.begin(), zipimporter.release());
  else
    Ref ignored = interpreter.take_exception();
  interpreter.imports.installing = false;
  interpreter.imports.default_meta_path = snapshot(interpreter, runtime::dict_get_str(sys_namespace, names[0]));
  interpreter.imports.default_path_hooks = snapshot(interpreter, runtime::dict_get_str(sys_namespace, names[1]));
  if (!interpreter.imports.default_meta_path || !interpreter.imports.default_path_hooks) return false;
  for (int i = 0; i < 3; ++i)
    if (assigned[i]) runtime::dict_set_str(interpreter, sys_namespace, names[i], assigned[i].get());
  interpreter.imports.external = Ref::borrow(external);
  interpreter.imports.bootstrap = Ref::borrow(module);
  return adopt_modules(interpreter);
}

// Whether `list` is a list holding exactly `defaults`' items.
bool holds_defaults(Interpreter& interpreter, Value list, Value defaults) {
  if (list.is_null() || !runtime::is_list(interpreter, list)) return false;
  const auto& items = runtime::as_list(list)->items;
  const runtime::TupleObject* expected = runtime::as_tuple(defaults);
  if (items.size() != static_cast<std::size_t>(expected->size)) return false;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i] != expected->items()[i]) return false;
  return true;
}

// Whether an import must go through importlib._bootstrap._find_and_load:
// when sys.meta_path or sys.path_hooks hold more than importlib's
// defaults (-1 with an exception pending). Before importlib is set up
// sys has neither (its __getattr__ sets importlib up when asked for them)
// and the native path is importlib's default behaviour; one assigned to
// sys before then sets importlib up now.
int needs_importlib(Interpreter& interpreter) {
  if (interpreter.imports.installing) return 0;
  const Value sys_namespace = sys_dict(interpreter);
  if (sys_namespace.is_null()) return 0;
  const Value meta_path = runtime::dict_get_str(sys_namespace, interpreter.intern("meta_path"));
  const Value path_hooks = runtime::dict_get_str(sys_namespace, interpreter.intern("path_hooks"));
  if (!interpreter.imports.bootstrap) {
    if (meta_path.is_null() && path_hooks.is_null()) return 0;
    if (!get_or_load(interpreter, interpreter.intern(frozen_bootstrap))) return -1;
    return needs_importlib(interpreter);
  }
  return !holds_defaults(interpreter, meta_path, interpreter.imports.default_meta_path.get()) ||
         !holds_defaults(interpreter, path_hooks, interpreter.imports.default_path_hooks.get());
}

// importlib._bootstrap._find_and_load(name, __import__), importlib set up first.
Ref importlib_find_and_load(Interpreter& interpreter, Value name) {
  if (!interpreter.imports.bootstrap && !get_or_load(interpreter, interpreter.intern(frozen_bootstrap))) return Ref();
  if (!interpreter.imports.bootstrap)
    return interpreter.raise(interpreter.ImportError_type, "importlib could not be set up");
  const Value import_function = runtime::dict_get_str(interpreter.builtins(), interpreter.intern("__import__"));
  return call_attribute(interpreter, interpreter.imports.bootstrap.get(), "_find_and_load",
                        {name, import_function.is_null() ? interpreter.none() : import_function});
}

// -X importtime's line for an import that took `total` microseconds,
// `self` of them its own (import.c's import_find_and_load).
void report_import_time(Interpreter& interpreter, Value name, std::int64_t self, std::int64_t total) {
  std::fprintf(stderr, "import time: %9lld | %10lld | %*s%s\n", static_cast<long long>(self),
               static_cast<long long>(total), interpreter.imports.importtime_depth * 2, "",
               std::string(runtime::str_utf8(name)).c_str());
}

std::int64_t microseconds_now() {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// The import of a module not in sys.modules (import.c's
// import_find_and_load): natively, or through importlib when finders or
// path hooks were added; timed under -X importtime.
Ref find_and_load(Interpreter& interpreter, Value name) {
  Interpreter::ImportState& state = interpreter.imports;
  std::int64_t start = 0, accumulated = 0;
  if (state.importtime) {
    if (!state.importtime_header) std::fputs("import time: self [us] | cumulative | imported package\n", stderr);
    state.importtime_header = true;
    ++state.importtime_depth;
    start = microseconds_now();
    accumulated = state.importtime_accumulated;
    state.importtime_accumulated = 0;
  }
  const int via_importlib = needs_importlib(interpreter);
  Ref module;
  if (via_importlib > 0) module = importlib_find_and_load(interpreter, name);
  else if (via_importlib == 0) module = native_find_and_load(interpreter, name);
  if (state.importtime) {
    const std::int64_t total = microseconds_now() - start;
    --state.importtime_depth;
    report_import_time(interpreter, name, total - state.importtime_accumulated, total);
    state.importtime_accumulated = accumulated + total;
  }
  return module;
}

// sys.__getattr__(name) (PEP 562): meta_path, path_hooks and
// path_importer_cache appear when first asked for, importlib set up then.
Ref sys_getattr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__getattr__", count, kwnames)) return Ref();
  const Value name = arguments[0];
  const Value sys_namespace = sys_dict(interpreter);
  if (runtime::is_str(interpreter, name) && !sys_namespace.is_null() && !interpreter.imports.bootstrap) {
    const std::string_view text = runtime::str_utf8(name);
    if (text == "meta_path" || text == "path_hooks" || text == "path_importer_cache") {
      if (!get_or_load(interpreter, interpreter.intern(frozen_bootstrap))) return Ref();
      const Value value = runtime::dict_get_str(sys_namespace, name);
      if (!value.is_null()) return Ref::borrow(value);
    }
  }
  Ref shown = runtime::str(interpreter, name);
  if (!shown) return Ref();
  return interpreter.raise(interpreter.AttributeError_type,
                           "module 'sys' has no attribute '" + text_of(shown.get()) + "'");
}

// import.c's remove_importlib_frames, on the pending exception of a failed
// import: the frames of frozen importlib go from its traceback, every
// chunk of them for an ImportError, else the chunks that end in
// _call_with_frames_removed (those between the import and the module's
// own code).
void remove_importlib_frames(Interpreter& interpreter) {
  const Value pending = interpreter.exception();
  if (pending.is_null() || !runtime::is_exception(interpreter, pending)) return;
  std::vector<runtime::ExceptionObject::TracebackEntry>& entries = runtime::as_exception(pending)->traceback;
  const auto in_importlib = [](const runtime::ExceptionObject::TracebackEntry& entry) {
    const std::string_view file = runtime::str_utf8(compiler::as_code(entry.code.get())->filename.get());
    return file == frozen_bootstrap_file || file == frozen_external_file;
  };
  if (std::none_of(entries.begin(), entries.end(), in_importlib)) return;
  const bool always_trim = interpreter.exception_is(interpreter.ImportError_type);
  // The entries run innermost first: walk them from the outermost.
  std::vector<runtime::ExceptionObject::TracebackEntry> kept;
  std::size_t chunk = 0;
  bool inside = false;
  for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
    const bool now_inside = in_importlib(*entry);
    if (now_inside && !inside) chunk = kept.size();
    inside = now_inside;
    if (inside && (always_trim || runtime::str_utf8(compiler::as_code(entry->code.get())->name.get()) ==
                                      "_call_with_frames_removed"))
      kept.resize(chunk);
    else
      kept.push_back(std::move(*entry));
  }
  for (auto& entry : kept) entry.object = Ref();  // traceback objects are made again for the new chain
  entries.assign(std::make_move_iterator(kept.rbegin()), std::make_move_iterator(kept.rend()));
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

Ref compile_file(Interpreter& interpreter, const std::string& path, const std::string& name) {
  compiler::CompileResult compiled = compiler::load_source(interpreter, path, name.empty() ? path : name);
  if (!compiler::issue_warnings(interpreter, compiled, path)) return Ref();
  std::optional<SyntaxErrorInfo> error = std::move(compiled.error);
  if (!error) return std::move(compiled.code);
  if (error->type == "OSError") return interpreter.raise(interpreter.OSError_type, error->message);
  if (error->filename.empty()) error->filename = path;
  // SyntaxError.text is the whole source line, its newline included.
  if (error->lineno > 0)
    if (const std::optional<std::string> source = compiler::read_whole_file(path)) compiler::end_error_text(*error, *source);
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
  if (!module) {
    remove_importlib_frames(interpreter);
    return Ref();
  }
  int has_from = 0;
  if (!fromlist.is_null() && fromlist != interpreter.none()) {
    has_from = runtime::truth(interpreter, fromlist);
    if (has_from < 0) return Ref();
  }
  if (has_from) {
    Ref path;
    const int is_package = runtime::lookup_attribute(interpreter, module.get(), interpreter.intern("__path__"), path);
    if (is_package < 0) return Ref();
    if (is_package && !handle_fromlist(interpreter, module.get(), fromlist, false)) {
      remove_importlib_frames(interpreter);
      return Ref();
    }
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
  // (A function's Frame::locals is its frame object: its __import__ gets None.)
  const bool namespace_locals = !frame.locals.is_null() && runtime::type_of(interpreter, frame.locals) != interpreter.frame_type;
  const Value arguments[] = {name, frame.globals, namespace_locals ? frame.locals : interpreter.none(), fromlist, level};
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

namespace {

// sys.argv[0] = text.
void set_argv0(Interpreter& interpreter, const std::string& text) {
  const Value sys = loaded_module(interpreter, interpreter.intern("sys"));
  if (sys.is_null() || !runtime::is_module(interpreter, sys)) return;
  const Value argv = runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern("argv"));
  if (argv.is_null() || !runtime::is_list(interpreter, argv) || runtime::as_list(argv)->items.empty()) return;
  Ref item = runtime::new_str(interpreter, text);
  if (!runtime::set_item(interpreter, argv, Value::small_int(0), item.get())) Ref ignored = interpreter.take_exception();
}

// runpy's _get_module_details: the location of the module `name` to run,
// its parent packages imported.
std::optional<Location> main_module_location(Interpreter& interpreter, std::string name, std::string& run_name,
                                             std::string& failure) {
  if (name.starts_with(".")) {
    failure = "Relative module names not supported";
    return std::nullopt;
  }
  const std::size_t dot = name.rfind('.');
  Ref search_path;
  if (dot != std::string::npos) {
    Ref parent_name = runtime::new_str(interpreter, name.substr(0, dot));
    Ref parent = import_module_level(interpreter, parent_name.get(), Value(), Value(), 0);
    if (parent) parent = get_or_load(interpreter, parent_name.get());
    if (!parent) {
      if (!interpreter.exception_is(interpreter.ImportError_type)) return std::nullopt;
      Ref error = interpreter.take_exception();
      Ref text = runtime::str(interpreter, error.get());
      failure = "Error while finding module specification for '" + name + "' (" +
                runtime::type_of(interpreter, error.get())->name + ": " + (text ? text_of(text.get()) : "") + ")";
      if (!text) Ref ignored = interpreter.take_exception();
      return std::nullopt;
    }
    const int has_path = runtime::lookup_attribute(interpreter, parent.get(), interpreter.intern("__path__"), search_path);
    if (has_path < 0) return std::nullopt;
  }
  bool failed = false;
  std::optional<Location> location = find_in_path(interpreter, search_path.get(), name.substr(dot + 1), failed);
  if (failed) return std::nullopt;
  if (!location) {
    failure = "No module named " + name;
    return std::nullopt;
  }
  if (location->package_directory.empty() && !location->file.empty()) {
    run_name = name;
    return location;
  }
  if (name == "__main__" || name.ends_with(".__main__")) {
    failure = "Cannot use package as __main__ module";
    return std::nullopt;
  }
  std::optional<Location> inner = main_module_location(interpreter, name + ".__main__", run_name, failure);
  if (!inner && failure.starts_with("No module named "))
    failure += "; '" + name + "' is a package and cannot be directly executed";
  return inner;
}

}  // namespace

Ref prepare_main_module(Interpreter& interpreter, const std::string& name, Ref& main, std::string& failure) {
  if (const modules::NativeModule* native = modules::find_native_module(name)) {
    Ref module = get_or_load(interpreter, interpreter.intern(name));
    Ref function;
    if (!module || runtime::lookup_attribute(interpreter, module.get(), interpreter.intern("main"), function) < 0)
      return Ref();
    if (!function) {
      failure = "No code object available for " + std::string(native->name);
      return Ref();
    }
    set_argv0(interpreter, name);
    return runtime::call(interpreter, function.get(), nullptr, 0);
  }
  std::string run_name;
  const std::optional<Location> location = main_module_location(interpreter, name, run_name, failure);
  if (!location) return Ref();
  Ref code = compile_file(interpreter, location->file, run_name);
  if (!code) return Ref();
  main = new_main_module(interpreter, location->file);
  Ref spec_name = runtime::new_str(interpreter, run_name);
  const std::size_t dot = run_name.rfind('.');
  if (!main || !initialise_module(interpreter, main.get(), spec_name.get(), *location,
                                  dot == std::string::npos ? "" : run_name.substr(0, dot)))
    return Ref();
  set_argv0(interpreter, location->file);
  return code;
}

void install_import(Interpreter& interpreter) {
  Ref function = runtime::new_builtin_function(interpreter, "__import__", &builtin_import);
  runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.intern("__import__"), function.get());
  // (Not shown by -X importtime: CPython's are made before it times anything.)
  const bool importtime = std::exchange(interpreter.imports.importtime, false);
  for (const char* name : {"builtins", "sys"}) {
    Ref module = get_or_load(interpreter, interpreter.intern(name));
    if (!module) Ref ignored = interpreter.take_exception();
  }
  interpreter.imports.importtime = importtime;
  const Value sys_namespace = sys_dict(interpreter);
  if (sys_namespace.is_null()) return;
  Ref getattr = runtime::new_builtin_function(interpreter, "__getattr__", &sys_getattr);
  runtime::dict_set_str(interpreter, sys_namespace, interpreter.names.dunder_getattr, getattr.get());
}

}  // namespace krait::vm
