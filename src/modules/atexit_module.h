// Native modules: atexit's exit run, which the interpreter's finalisation
// (the command line's, or an embedding host's) calls before clearing modules.
#pragma once

#include "runtime/interpreter.h"

namespace krait::modules {

// Calls the functions atexit.register() registered, last first, reporting
// their exceptions as unraisable; they are then unregistered.
void run_exit_functions(runtime::Interpreter& interpreter);

}  // namespace krait::modules
