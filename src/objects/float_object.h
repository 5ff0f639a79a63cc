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

// Whether the value is a float (or an instance of a float subclass).
bool is_float(const Interpreter& interpreter, Value value);

// float(value) with one argument (CPython's PyNumber_Float): floats,
// __float__, __index__, ints and strs.
Ref number_to_float(Interpreter& interpreter, Value value);

// A real number argument as CPython's PyFloat_AsDouble takes it (the "d"
// converter): a float, __float__'s result, or an int by __index__;
// TypeError "must be real number, not str" otherwise.
[[nodiscard]] bool float_argument(Interpreter& interpreter, Value value, double& out);

// round(value, ndigits) for a float: an int (ties to even) when ndigits is
// null or None, else a float rounded to ndigits decimal places, correctly
// (the decimal value of the double decides, as CPython's dtoa-based round).
Ref float_round(Interpreter& interpreter, double value, Value ndigits);

// divmod(left, right) where either operand is a float and the other a
// float or an int; NotImplemented for other operands.
Ref float_divmod(Interpreter& interpreter, Value left, Value right);

void init_float_type(Interpreter& interpreter);

}  // namespace krait::runtime
