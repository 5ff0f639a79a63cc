// VM stage: running source text and code objects from Python code, the
// builtins compile(), eval() and exec() (CPython's Python/bltinmodule.c and
// PyEval_EvalCode), and the printing of compile()'s 'single' mode.
#pragma once

#include "runtime/interpreter.h"

namespace krait::vm {

// Adds compile, eval and exec to the builtins (part of install()).
void install_eval(runtime::Interpreter& interpreter);

// PRINT_EXPR: sys.displayhook(value). False with the exception pending
// (RuntimeError "lost sys.displayhook" when sys has none).
[[nodiscard]] bool print_expression(runtime::Interpreter& interpreter, runtime::Value value);

}  // namespace krait::vm
