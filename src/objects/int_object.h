// Objects: int. Values in the 63-bit inline range are small ints inside the
// Value word; only larger ones are IntObjects holding a GMP integer, and an
// IntObject never holds a value that would fit inline.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct IntObject : Object {
  mpz_t value;
};

// A big int holding a machine integer (new_int's rare case).
Ref new_big_int(Interpreter& interpreter, std::int64_t value);
// An int for a machine integer: inline when it fits, else a big int.
inline Ref new_int(Interpreter& interpreter, std::int64_t value) {
  return Value::fits_small_int(value) ? Ref::small_int(value) : new_big_int(interpreter, value);
}
// An int for a GMP value (copied), normalised to inline when it fits.
Ref new_int(Interpreter& interpreter, const mpz_t value);
// An int from decimal digits with an optional leading '-' (literals).
Ref new_int_from_decimal(Interpreter& interpreter, std::string_view digits);

// Whether the value is an int or a bool (an int subclass).
bool is_int(const Interpreter& interpreter, Value value);

// The value as a double, correctly rounded; OverflowError when too large.
// Precondition: is_int(value).
[[nodiscard]] bool int_to_double(Interpreter& interpreter, Value value, double& out);

// The value as a machine integer; false (no exception) when it does not fit.
bool int_to_int64(const Interpreter& interpreter, Value value, std::int64_t& out);
// The same as an unsigned 64-bit integer: false (no exception) when the
// value is negative or does not fit.
bool int_to_uint64(const Interpreter& interpreter, Value value, std::uint64_t& out);

// -1, 0 or 1. Precondition: is_int(value).
int int_sign(const Interpreter& interpreter, Value value);

// The value of an int, a bool or an int subclass's instance as an int of
// exactly type int. Precondition: is_int(value).
Ref int_exact(Interpreter& interpreter, Value value);

// An int for the integral part of a double (int(2.5) == 2): OverflowError
// for infinities, ValueError for NaN, as CPython's PyLong_FromDouble.
Ref int_from_double(Interpreter& interpreter, double value);

// operator.index(value) (CPython's PyNumber_Index): an int, or the result
// of __index__, which must be an int; TypeError "'X' object cannot be
// interpreted as an integer" otherwise.
Ref number_index(Interpreter& interpreter, Value value);

// An index (number_index) that fits a C int, as CPython's "i" argument
// converter takes it: OverflowError "Python int too large to convert to C
// int" otherwise.
[[nodiscard]] bool index_to_c_int(Interpreter& interpreter, Value value, int& out);

// int(value) with one argument (CPython's PyNumber_Long): ints, floats,
// __int__, __index__ and strs.
Ref number_to_int(Interpreter& interpreter, Value value);

// round(self, ndigits) for an int: itself for a null/None or non-negative
// ndigits, else the nearest multiple of 10**-ndigits, ties to even.
Ref int_round(Interpreter& interpreter, Value self, Value ndigits);

// divmod(left, right) for ints: (left // right, left % right).
Ref int_divmod(Interpreter& interpreter, Value left, Value right);

// pow(base, exponent, modulus) for ints, with CPython's ValueErrors for a
// zero modulus and a base without an inverse (negative exponents).
Ref int_modular_power(Interpreter& interpreter, Value base, Value exponent, Value modulus);

// hex(), oct() and bin() text of an int (base 16, 8 or 2): "-0x1f".
Ref int_to_prefixed_text(Interpreter& interpreter, Value self, int base);

void init_int_type(Interpreter& interpreter);

}  // namespace krait::runtime
