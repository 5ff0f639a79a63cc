// Objects: types.UnionType, what | between classes gives (int | None;
// PEP 604), as annotations evaluate it; isinstance and issubclass accept it.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// left | right for classes, None, aliases and unions (type.__or__ and
// __ror__): a UnionType (or the one class when both are the same), or
// NotImplemented for other operands.
Ref union_or(Interpreter& interpreter, Value left, Value right);

bool is_union(const Interpreter& interpreter, Value value);
// The classes a union stands for (a tuple, borrowed): isinstance and
// issubclass take a union as this tuple.
Value union_args(Value value);

void init_union_type(Interpreter& interpreter);

}  // namespace krait::runtime
