// Native modules: what the rest of Krait asks of _signal (signal_module.cpp).
#pragma once

#include <csignal>

#include "runtime/interpreter.h"

namespace krait::modules {

// Runs the Python handlers of the signals caught since the last check
// (CPython's PyErr_CheckSignals): false with the exception a handler raised
// pending. Cheap when none was caught: call it where a system call was
// interrupted (EINTR) and, in the VM, at safe points.
[[nodiscard]] bool check_signals(runtime::Interpreter& interpreter);

// The signal `number` as if it had arrived, when Python handles it (a
// Python handler, or SIGINT's start-up one; not SIG_DFL or SIG_IGN):
// CPython's PyErr_SetInterruptEx, for _thread.interrupt_main.
void simulate_signal(runtime::Interpreter& interpreter, int number);

// The start-up handlers, as CPython's signal_install_handlers: SIGPIPE and
// SIGXFSZ are ignored (a write to a closed pipe fails with EPIPE, raised as
// BrokenPipeError; subprocess restores them in its children), and unless
// the process ignores SIGINT, its handler is installed: a SIGINT then
// raises KeyboardInterrupt at the interpreter's next check, as
// signal.default_int_handler does.
void install_signal_handlers(runtime::Interpreter& interpreter);

// Set when a signal with a Python handler arrived: what the VM tests at its
// safe points before calling check_signals.
extern volatile std::sig_atomic_t any_pending;

}  // namespace krait::modules
