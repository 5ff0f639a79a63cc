// VM stage: running code objects, and the traceback display of an uncaught
// exception.
#pragma once

#include <string>

#include "runtime/interpreter.h"

namespace krait::vm {

// Connects the VM to an interpreter: Python functions become callable from
// native code, and builtins gains __build_class__. Call once after creating
// the interpreter, before running code.
void install(runtime::Interpreter& interpreter);

// Runs a module's code object with `globals` (a dict) as its namespace.
// Returns its result, or a null Ref with the exception pending.
[[nodiscard]] runtime::Ref run_module(runtime::Interpreter& interpreter, runtime::Value code, runtime::Value globals);

// What CPython 3.11 prints for an uncaught exception (vm/traceback.cpp):
// the traceback with source lines and caret lines, chained exceptions
// first, notes, exception groups as boxes, "Did you mean" suggestions.
std::string format_exception(runtime::Interpreter& interpreter, runtime::Value exception);

// format_exception's text on stderr (CPython's PyErr_Display).
void print_exception(runtime::Interpreter& interpreter, runtime::Value exception);

// What the interpreter does with an exception that ended the program: the
// exit status of SystemExit (its message, if any, on stderr), else
// sys.excepthook(type, value, traceback) (which prints the traceback on
// stderr) and status 1.
int report_uncaught(runtime::Interpreter& interpreter, runtime::Value exception);

// CPython's default sys.unraisablehook: "Exception ignored in: <repr of
// object>" (when given) and the traceback, on stderr. Installed as the
// interpreter's unraisable_printer.
void print_unraisable(runtime::Interpreter& interpreter, runtime::Value exception, runtime::Value object,
                      std::string_view where);

}  // namespace krait::vm
