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

// A complex argument as CPython's PyComplex_AsCComplex takes it (the "D"
// converter): a complex, __complex__'s result, else a real number
// (float_argument's conversions and TypeError).
[[nodiscard]] bool complex_argument(Interpreter& interpreter, Value value, Complex& out);

// a / b by CPython's _Py_c_quot (Smith's algorithm); errno is set to EDOM
// for a zero divisor.
Complex complex_quotient(Complex a, Complex b);

// base ** exponent as complex's __pow__ computes it, with CPython's
// ZeroDivisionError and OverflowError. float ** float with a negative base
// and a fractional exponent comes here too.
Ref complex_power(Interpreter& interpreter, Complex base, Complex exponent);

void init_complex_type(Interpreter& interpreter);

}  // namespace krait::runtime
