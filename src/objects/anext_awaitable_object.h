// Objects: anext_awaitable, what anext(iterator, default) returns: awaiting
// it awaits iterator.__anext__() and gives `default` instead of raising
// StopAsyncIteration (CPython's Objects/iterobject.c).
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// anext(iterator, default) once iterator.__anext__() gave `awaitable`.
Ref new_anext_awaitable(Interpreter& interpreter, Value awaitable, Value default_value);

void init_anext_awaitable_type(Interpreter& interpreter);

}  // namespace krait::runtime
