// Native modules: py_compile (CPython's Lib/py_compile.py) over Krait's
// bytecode cache: compile(file, cfile=None, dfile=None, doraise=False,
// optimize=-1, invalidation_mode=None, quiet=0) writes FILE's cache and
// returns its path; main() is `krait -m py_compile FILE...` (or '-': the
// names on stdin). Differences: a failure with doraise raises RuntimeError
// with the error's text (there is no PyCompileError); dfile and optimize
// are accepted and ignored; PycInvalidationMode's members are the ints 1-3.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "compiler/bytecode_cache.h"
#include "modules/module_arguments.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

Ref py_compile_compile(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[7];
  if (!runtime::bind_arguments(interpreter,
                               {"compile", {"file", "cfile", "dfile", "doraise", "optimize", "invalidation_mode", "quiet"}, 0, 0, 1},
                               arguments, count, kwnames, values))
    return Ref();
  std::string file, cache_file;
  compiler::Invalidation invalidation = compiler::default_invalidation();
  if (!path_argument(interpreter, "compile", values[0], file) ||
      (!values[1].is_null() && values[1] != interpreter.none() && !path_argument(interpreter, "compile", values[1], cache_file)) ||
      !invalidation_argument(interpreter, values[5], invalidation))
    return Ref();
  const int raise = values[3].is_null() ? 0 : runtime::truth(interpreter, values[3]);
  std::int64_t quiet = 0;
  if (raise < 0 || (!values[6].is_null() && !runtime::int_to_int64(interpreter, values[6], quiet))) return Ref();
  std::string error;
  if (compiler::compile_to_cache(interpreter, file, cache_file, invalidation, error))
    return runtime::new_str(interpreter, cache_file.empty() ? compiler::cache_path(interpreter, file) : cache_file);
  if (raise) return interpreter.raise(interpreter.RuntimeError_type, error);
  if (quiet < 2) std::fputs((error.ends_with("\n") ? error : error + "\n").c_str(), stderr);
  return interpreter.new_none();
}

// main(): compiles each file named after the module on the command line.
Ref py_compile_main(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "main", count, kwnames)) return Ref();
  std::vector<std::string> files;
  if (!command_arguments(interpreter, files)) return Ref();
  if (files.size() == 1 && files[0] == "-") {
    files.clear();
    const std::string names = compiler::read_all(0).value_or("");
    for (std::size_t start = 0; start < names.size();) {
      const std::size_t end = std::min(names.find('\n', start), names.size());
      files.push_back(names.substr(start, end - start));
      start = end + 1;
    }
  }
  int status = 0;
  for (const std::string& file : files) {
    std::string error;
    if (compiler::compile_to_cache(interpreter, file, "", compiler::default_invalidation(), error)) continue;
    status = 1;
    std::fputs((error.ends_with("\n") ? error : error + "\n").c_str(), stderr);
  }
  return exit_with(interpreter, status);
}

}  // namespace

Ref create_py_compile_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "py_compile");
  runtime::add_module_functions(interpreter, module.get(), {{"compile", &py_compile_compile}, {"main", &py_compile_main}});
  Ref modes = runtime::call(interpreter, Value::object(interpreter.namespace_type), nullptr, 0);
  if (!modes) return Ref();
  const std::pair<const char*, int> members[] = {{"TIMESTAMP", 1}, {"CHECKED_HASH", 2}, {"UNCHECKED_HASH", 3}};
  for (const auto& [name, value] : members)
    if (!runtime::set_attribute(interpreter, modes.get(), interpreter.intern(name), Value::small_int(value))) return Ref();
  runtime::module_set(interpreter, module.get(), "PycInvalidationMode", modes.get());
  return module;
}

}  // namespace krait::modules
