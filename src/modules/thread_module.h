// Native modules: what the interpreter's finalisation (the command line's,
// or an embedding host's) asks of _thread and threading.
#pragma once

#include "runtime/interpreter.h"

namespace krait::modules {

// CPython's wait_for_thread_shutdown: when threading was imported, its
// _shutdown() waits for the non-daemon threads (before atexit's functions
// run); an exception it raises is reported as unraisable.
void wait_for_thread_shutdown(runtime::Interpreter& interpreter);

}  // namespace krait::modules
