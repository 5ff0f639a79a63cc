// Objects: float, a heap object holding a double, drawn from the
// interpreter's free list so that float arithmetic rarely calls the allocator.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct FloatObject : Object {
  double value;
};

Ref new_float(Interpreter& interpreter, double value);
inline double float_value(Value value) { return static_cast<FloatObject*>(value.as_object())->value; }

void init_float_type(Interpreter& interpreter);
// Frees the free list (at interpreter shutdown).
void release_float_free_list(Interpreter& interpreter);

}  // namespace krait::runtime
