// Native modules: compileall (CPython's Lib/compileall.py, in part) over
// Krait's bytecode cache: compile_dir(dir, maxlevels=None, force=False,
// quiet=0), compile_file(fullname, force=False, quiet=0) and main(), which
// is `krait -m compileall [-f] [-q] [-l] [--invalidation-mode MODE] PATH...`
// (sys.path's directories when no path is given). A source whose cache is
// current is skipped unless forced. The messages are compileall's.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "compiler/bytecode_cache.h"
#include "modules/module_arguments.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

struct Options {
  bool force = false;
  int quiet = 0;
  int max_levels = 10;
  compiler::Invalidation invalidation = compiler::default_invalidation();
};

std::string quoted(const std::string& text) { return "'" + text + "'"; }

bool compile_one(Interpreter& interpreter, const std::string& file, const Options& options) {
  if (!file.ends_with(".py")) return true;
  if (!options.force && compiler::cache_is_current(interpreter, file)) return true;
  if (!options.quiet) std::printf("Compiling %s...\n", quoted(file).c_str());
  std::string error;
  if (compiler::compile_to_cache(interpreter, file, "", options.invalidation, error)) return true;
  if (options.quiet < 2) {
    if (options.quiet) std::printf("*** Error compiling %s...\n", quoted(file).c_str());
    else std::printf("*** ");
    std::printf("%s", (error.ends_with("\n") ? error : error + "\n").c_str());
  }
  return false;
}

bool compile_directory(Interpreter& interpreter, const std::string& directory, int levels, const Options& options) {
  if (options.quiet < 2) std::printf("Listing %s...\n", quoted(directory).c_str());
  std::error_code error;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) names.push_back(entry.path().filename().string());
  if (error) {
    if (options.quiet < 2) std::printf("Can't list %s\n", quoted(directory).c_str());
    return true;
  }
  std::sort(names.begin(), names.end());
  bool success = true;
  for (const std::string& name : names) {
    if (name == "__pycache__") continue;
    const std::string full = directory + "/" + name;
    if (!std::filesystem::is_directory(full, error))
      success = compile_one(interpreter, full, options) && success;
    else if (levels > 0 && !std::filesystem::is_symlink(full, error))
      success = compile_directory(interpreter, full, levels - 1, options) && success;
  }
  return success;
}

bool bool_argument(Interpreter& interpreter, Value value, bool& out) {
  if (value.is_null()) return true;
  const int truth = runtime::truth(interpreter, value);
  out = truth > 0;
  return truth >= 0;
}

bool int_argument(Interpreter& interpreter, Value value, int& out) {
  return value.is_null() || value == interpreter.none() || runtime::index_to_c_int(interpreter, value, out);
}

Ref compileall_compile_dir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[4];
  Options options;
  std::string directory;
  if (!runtime::bind_arguments(interpreter, {"compile_dir", {"dir", "maxlevels", "force", "quiet"}, 0, 0, 1}, arguments,
                               count, kwnames, values) ||
      !path_argument(interpreter, "compile_dir", values[0], directory) ||
      !int_argument(interpreter, values[1], options.max_levels) || !bool_argument(interpreter, values[2], options.force) ||
      !int_argument(interpreter, values[3], options.quiet))
    return Ref();
  return Ref::borrow(interpreter.boolean(compile_directory(interpreter, directory, options.max_levels, options)));
}

Ref compileall_compile_file(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[3];
  Options options;
  std::string file;
  if (!runtime::bind_arguments(interpreter, {"compile_file", {"fullname", "force", "quiet"}, 0, 0, 1}, arguments, count,
                               kwnames, values) ||
      !path_argument(interpreter, "compile_file", values[0], file) || !bool_argument(interpreter, values[1], options.force) ||
      !int_argument(interpreter, values[2], options.quiet))
    return Ref();
  return Ref::borrow(interpreter.boolean(compile_one(interpreter, file, options)));
}

Ref compileall_main(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "main", count, kwnames)) return Ref();
  std::vector<std::string> arguments, paths;
  if (!command_arguments(interpreter, arguments)) return Ref();
  Options options;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-f") options.force = true;
    else if (argument == "-q") ++options.quiet;
    else if (argument == "-l") options.max_levels = 0;
    else if (argument == "--invalidation-mode" && i + 1 < arguments.size() &&
             invalidation_from_text(arguments[i + 1], options.invalidation)) ++i;
    else if (argument.starts_with("-")) {
      std::fprintf(stderr, "compileall: error: unrecognized arguments: %s\n", argument.c_str());
      return exit_with(interpreter, 2);
    } else paths.push_back(argument);
  }
  if (paths.empty()) {
    const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
    const Value path = sys.is_null() ? Value() : runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern("path"));
    if (!path.is_null() && runtime::is_list(interpreter, path))
      for (const Value entry : runtime::as_list(path)->items)
        if (runtime::is_str(interpreter, entry)) paths.emplace_back(runtime::str_utf8(entry));
  }
  bool success = true;
  for (const std::string& path : paths) {
    std::error_code error;
    success = (std::filesystem::is_directory(path, error) ? compile_directory(interpreter, path, options.max_levels, options)
                                                          : compile_one(interpreter, path, options)) && success;
  }
  std::fflush(stdout);
  return exit_with(interpreter, success ? 0 : 1);
}

}  // namespace

Ref create_compileall_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "compileall");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"compile_dir", &compileall_compile_dir},
                                 {"compile_file", &compileall_compile_file},
                                 {"main", &compileall_main}});
  return module;
}

}  // namespace krait::modules
