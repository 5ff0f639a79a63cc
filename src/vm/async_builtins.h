// VM stage: the builtins aiter() and anext() (CPython's builtin_aiter and
// builtin_anext), and anext's awaitable with a default.
#pragma once

#include "runtime/interpreter.h"

namespace krait::vm {

// Adds aiter and anext to the builtins (part of install()).
void install_async_builtins(runtime::Interpreter& interpreter);

}  // namespace krait::vm
