// Runtime: calling a special method (__index__, __round__, __reversed__, ...)
// as the interpreter does: looked up on the object's type, never on the
// instance, and bound to the object (CPython's _PyObject_LookupSpecial and
// vectorcall_maybe).
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// type(object).name(object, *arguments): 1 with `out` set, 0 when the type
// has no such attribute (nothing raised), -1 with an exception pending.
[[nodiscard]] int call_special_method(Interpreter& interpreter, Value object, Value name, const Value* arguments,
                                      std::size_t count, Ref& out);

// Calls a special method already found by lookup_special() on `object`'s type.
Ref call_found_special_method(Interpreter& interpreter, Value method, Value object, const Value* arguments,
                              std::size_t count);

}  // namespace krait::runtime
