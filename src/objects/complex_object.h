// Objects: complex, a pair of doubles, with CPython 3.11's arithmetic
// (Objects/complexobject.c): Smith's division, repeated squaring for small
// integral exponents, the polar formula otherwise, and its repr and hash.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct Complex {
  double real = 0.0;
  double imag = 0.0;
};

struct ComplexObject : Object {
  Complex value;
};

Ref new_complex(Interpreter& interpreter, Complex value);
inline Complex complex_value(Value value) { return static_cast<ComplexObject*>(value.as_object())->value; }

// Whether the value is a complex (or an instance of a complex subclass).
bool is_complex(const Interpreter& interpreter, Value value);

// base ** exponent as complex's __pow__ computes it, with CPython's
// ZeroDivisionError and OverflowError. float ** float with a negative base
// and a fractional exponent comes here too.
Ref complex_power(Interpreter& interpreter, Complex base, Complex exponent);

void init_complex_type(Interpreter& interpreter);

}  // namespace krait::runtime
