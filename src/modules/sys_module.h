// Native modules: what the command line tells the sys module.
#pragma once

#include <string>
#include <vector>

#include "runtime/interpreter.h"

namespace krait::modules {

struct SysConfiguration {
  std::vector<std::string> argv;  // sys.argv
  std::vector<std::string> path;  // sys.path: the program's directory first
  std::string executable;         // sys.executable
  bool dont_write_bytecode = false;  // -B, PYTHONDONTWRITEBYTECODE
  std::string pycache_prefix;        // PYTHONPYCACHEPREFIX, -X pycache_prefix (None when empty)
  // sys.warnoptions: "default" under -X dev, PYTHONWARNINGS' entries, then
  // the -W options (the warnings module applies them when imported).
  std::vector<std::string> warn_options;
  std::vector<std::string> x_options;  // -X name[=value], for sys._xoptions
  std::string stdlib_directory;        // sys._stdlib_dir (None when empty)
};

// Sets sys.argv, sys.path, sys.executable, sys.dont_write_bytecode,
// sys.pycache_prefix, sys.warnoptions, sys._xoptions and sys._stdlib_dir on
// the sys module in
// sys.modules (the import system loads it at start).
void configure_sys(runtime::Interpreter& interpreter, const SysConfiguration& configuration);

// At exit, after the atexit functions: when ending the interpreter would
// run no Python code (runtime::gc_teardown_is_quiet, the standard streams
// sys made aside while they are still in place), flushes those streams and
// returns true: the process may then exit without the end's collections
// and without clearing the modules, as nothing could tell.
bool prepare_quick_exit(runtime::Interpreter& interpreter);

}  // namespace krait::modules
