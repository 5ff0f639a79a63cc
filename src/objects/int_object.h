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

// An int for a machine integer: inline when it fits, else a big int.
Ref new_int(Interpreter& interpreter, std::int64_t value);
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

// -1, 0 or 1. Precondition: is_int(value).
int int_sign(const Interpreter& interpreter, Value value);

void init_int_type(Interpreter& interpreter);

}  // namespace krait::runtime
