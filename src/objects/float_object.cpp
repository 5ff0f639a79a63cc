// Objects: float arithmetic (with int operands converted exactly as CPython
// does), comparison against ints without rounding, repr, float(), round and
// divmod for floats, float's methods, and the per-interpreter free list.
#include "objects/float_object.h"

#include <gmp.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/complex_object.h"
#include "objects/descriptor_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/number_text.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/number_format.h"

namespace krait::runtime {
namespace {

// Either operand as a double: a float's value or an int converted (which
// can raise OverflowError). Returns 0 for "not a number type", -1 on error.
int operand_value(Interpreter& interpreter, Value value, double& out) {
  if (is_float(interpreter, value)) {
    out = float_value(value);
    return 1;
  }
  if (!is_int(interpreter, value)) return 0;
  return int_to_double(interpreter, value, out) ? 1 : -1;
}

// CPython's float_divmod: the floor quotient and a remainder with the sign
// of the divisor (divisor nonzero).
void floor_divide_and_remainder(double x, double y, double& quotient, double& remainder) {
  remainder = std::fmod(x, y);
  double division = (x - remainder) / y;
  if (remainder != 0.0) {
    if ((y < 0) != (remainder < 0)) {
      remainder += y;
      division -= 1.0;
    }
  } else {
    remainder = std::copysign(0.0, y);
  }
  if (division != 0.0) {
    quotient = std::floor(division);
    if (division - quotient > 0.5) quotient += 1.0;
  } else {
    quotient = std::copysign(0.0, x / y);
  }
}

Ref float_power(Interpreter& interpreter, double x, double y) {
  if (x == 0.0 && y < 0.0 && std::isfinite(y))
    return interpreter.raise(interpreter.ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
  // A negative number to a fractional power is complex (CPython's float_pow).
  if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y))
    return complex_power(interpreter, {x, 0.0}, {y, 0.0});
  const double result = std::pow(x, y);
  if (std::isinf(result) && std::isfinite(x) && std::isfinite(y))
    return interpreter.raise(interpreter.OverflowError_type, "(34, 'Numerical result out of range')");
  return new_float(interpreter, result);
}

template <BinaryOperator op>
Ref float_binary(Interpreter& interpreter, Value left, Value right) {
  double x = 0.0, y = 0.0;
  const int left_kind = operand_value(interpreter, left, x);
  if (left_kind <= 0) return left_kind < 0 ? Ref() : Ref::borrow(interpreter.not_implemented());
  const int right_kind = operand_value(interpreter, right, y);
  if (right_kind <= 0) return right_kind < 0 ? Ref() : Ref::borrow(interpreter.not_implemented());
  if constexpr (op == BinaryOperator::ADD) return new_float(interpreter, x + y);
  if constexpr (op == BinaryOperator::SUBTRACT) return new_float(interpreter, x - y);
  if constexpr (op == BinaryOperator::MULTIPLY) return new_float(interpreter, x * y);
  if constexpr (op == BinaryOperator::TRUE_DIVIDE) {
    if (y == 0.0) return interpreter.raise(interpreter.ZeroDivisionError_type, "float division by zero");
    return new_float(interpreter, x / y);
  }
  if constexpr (op == BinaryOperator::FLOOR_DIVIDE || op == BinaryOperator::REMAINDER) {
    if (y == 0.0)
      return interpreter.raise(interpreter.ZeroDivisionError_type,
                               op == BinaryOperator::FLOOR_DIVIDE ? "float floor division by zero" : "float modulo");
    double quotient = 0.0, remainder = 0.0;
    floor_divide_and_remainder(x, y, quotient, remainder);
    return new_float(interpreter, op == BinaryOperator::FLOOR_DIVIDE ? quotient : remainder);
  }
  if constexpr (op == BinaryOperator::POWER) return float_power(interpreter, x, y);
}

// float has the arithmetic operators; the bitwise ones are int's alone, and
// no number multiplies matrices.
template <BinaryOperator op>
constexpr BinarySlot float_slot() {
  constexpr bool bitwise = op == BinaryOperator::LEFT_SHIFT || op == BinaryOperator::RIGHT_SHIFT ||
                           op == BinaryOperator::AND || op == BinaryOperator::XOR || op == BinaryOperator::OR;
  if constexpr (bitwise || op == BinaryOperator::MATRIX_MULTIPLY) {
    return nullptr;
  } else {
    return &float_binary<op>;
  }
}

// Compares a float with a float or an int exactly (an int is never rounded
// to a double first, so 2**53 + 1 > 2.0**53 holds).
Ref float_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  const bool left_is_float = is_float(interpreter, left);
  Value other = left_is_float ? right : left;
  const double self = float_value(left_is_float ? left : right);
  int sign = 0;
  bool unordered = std::isnan(self);
  if (is_float(interpreter, other)) {
    const double value = float_value(other);
    unordered = unordered || std::isnan(value);
    sign = (self > value) - (self < value);
  } else if (is_int(interpreter, other)) {
    std::int64_t small = 0;
    if (!unordered && int_to_int64(interpreter, other, small)) {
      mpz_t value;
      mpz_init_set_si(value, small);
      sign = -mpz_cmp_d(value, self);
      mpz_clear(value);
    } else if (!unordered) {
      sign = -mpz_cmp_d(static_cast<IntObject*>(other.as_object())->value, self);
    }
    sign = (sign > 0) - (sign < 0);
  } else {
    return Ref::borrow(interpreter.not_implemented());
  }
  if (!left_is_float) sign = -sign;
  bool result = false;
  switch (op) {
    case CompareOp::Lt: result = !unordered && sign < 0; break;
    case CompareOp::Le: result = !unordered && sign <= 0; break;
    case CompareOp::Eq: result = !unordered && sign == 0; break;
    case CompareOp::Ne: result = unordered || sign != 0; break;
    case CompareOp::Gt: result = !unordered && sign > 0; break;
    case CompareOp::Ge: result = !unordered && sign >= 0; break;
  }
  return interpreter.new_boolean(result);
}

Ref float_repr(Interpreter& interpreter, Value self) { return new_str(interpreter, krait::float_repr(float_value(self))); }

std::int64_t float_hash(Interpreter&, Value self) { return hash_double(float_value(self), self.as_object()); }

int float_truth(Interpreter&, Value self) { return float_value(self) != 0.0; }

Ref float_negative(Interpreter& interpreter, Value self) { return new_float(interpreter, -float_value(self)); }
Ref float_positive(Interpreter& interpreter, Value self) { return new_float(interpreter, float_value(self)); }

// float(x=0.0, /).
Ref float_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "float", kwnames) || !check_positional(interpreter, "float", count, 0, 1))
    return Ref();
  Ref value = count == 0 ? new_float(interpreter, 0.0) : number_to_float(interpreter, arguments[0]);
  auto* type = static_cast<Type*>(callee.as_object());
  if (!value || type == interpreter.float_type) return value;
  // A subclass's instance holding the value.
  auto* object = new FloatObject;
  set_object_type(object, type);
  object->value = float_value(value.get());
  return Ref::steal(Value::object(object));
}

// round(x, ndigits) for ndigits within the range where rounding can change
// a double: N = round-half-even(x * 10**ndigits) computed exactly on the
// double's binary value, then N * 10**-ndigits read back correctly rounded.
Ref round_to_decimal_places(Interpreter& interpreter, double x, std::int64_t ndigits) {
  int binary_exponent = 0;
  const double fraction = std::frexp(std::fabs(x), &binary_exponent);
  // |x| = mantissa * 2**exponent, exactly.
  const long exponent = binary_exponent - 53;
  mpz_t numerator, denominator, quotient, remainder;
  mpz_inits(numerator, denominator, quotient, remainder, nullptr);
  mpz_set_d(numerator, std::ldexp(fraction, 53));
  mpz_set_ui(denominator, 1);
  if (ndigits >= 0) {
    mpz_t scale;
    mpz_init(scale);
    mpz_ui_pow_ui(scale, 10, static_cast<unsigned long>(ndigits));
    mpz_mul(numerator, numerator, scale);
    mpz_clear(scale);
  } else {
    mpz_ui_pow_ui(denominator, 10, static_cast<unsigned long>(-ndigits));
  }
  if (exponent >= 0) {
    mpz_mul_2exp(numerator, numerator, static_cast<mp_bitcnt_t>(exponent));
  } else {
    mpz_mul_2exp(denominator, denominator, static_cast<mp_bitcnt_t>(-exponent));
  }
  mpz_fdiv_qr(quotient, remainder, numerator, denominator);
  mpz_mul_2exp(remainder, remainder, 1);
  const int half = mpz_cmp(remainder, denominator);
  if (half > 0 || (half == 0 && mpz_odd_p(quotient))) mpz_add_ui(quotient, quotient, 1);
  std::string text(mpz_sizeinbase(quotient, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, quotient);
  text.resize(std::strlen(text.c_str()));
  mpz_clears(numerator, denominator, quotient, remainder, nullptr);
  text += 'e';
  text += std::to_string(-ndigits);
  errno = 0;
  const double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.0)
    return interpreter.raise(interpreter.OverflowError_type, "rounded value too large to represent");
  return new_float(interpreter, std::copysign(rounded, x));
}

// The methods below take no arguments but self (CPython's METH_NOARGS).
bool no_arguments(Interpreter& interpreter, const char* method, std::size_t count, Value kwnames) {
  return reject_keywords(interpreter, method, kwnames) && check_positional(interpreter, method, count, 0, 0);
}

Ref float_is_integer(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "float.is_integer", count, kwnames)) return Ref();
  const double value = float_value(self);
  return interpreter.new_boolean(std::isfinite(value) && std::floor(value) == value);
}

Ref float_as_integer_ratio(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "float.as_integer_ratio", count, kwnames)) return Ref();
  const double value = float_value(self);
  if (std::isinf(value))
    return interpreter.raise(interpreter.OverflowError_type, "cannot convert Infinity to integer ratio");
  if (std::isnan(value)) return interpreter.raise(interpreter.ValueError_type, "cannot convert NaN to integer ratio");
  int exponent = 0;
  const double fraction = std::frexp(value, &exponent);
  mpz_t numerator, denominator;
  mpz_init_set_d(numerator, std::ldexp(fraction, 53));
  mpz_init_set_ui(denominator, 1);
  exponent -= 53;
  // Lowest terms: the denominator is a power of two, so only twos cancel.
  if (mpz_sgn(numerator) == 0) exponent = 0;
  const mp_bitcnt_t twos = mpz_sgn(numerator) == 0 ? 0 : mpz_scan1(numerator, 0);
  if (exponent < 0) {
    const mp_bitcnt_t cancel = std::min<mp_bitcnt_t>(twos, static_cast<mp_bitcnt_t>(-exponent));
    mpz_fdiv_q_2exp(numerator, numerator, cancel);
    mpz_mul_2exp(denominator, denominator, static_cast<mp_bitcnt_t>(-exponent) - cancel);
  } else {
    mpz_mul_2exp(numerator, numerator, static_cast<mp_bitcnt_t>(exponent));
  }
  Ref top = new_int(interpreter, numerator);
  Ref bottom = new_int(interpreter, denominator);
  mpz_clears(numerator, denominator, nullptr);
  const Value items[] = {top.get(), bottom.get()};
  return new_tuple(interpreter, items);
}

// float.conjugate() and __float__: the value itself, as an exact float.
template <const char* method>
Ref float_itself(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, method, count, kwnames)) return Ref();
  if (self.as_object()->type == interpreter.float_type) return Ref::borrow(self);
  return new_float(interpreter, float_value(self));
}

// float.real and float.imag.
Ref float_real(Interpreter& interpreter, Value self) {
  if (self.as_object()->type == interpreter.float_type) return Ref::borrow(self);
  return new_float(interpreter, float_value(self));
}
Ref float_imaginary(Interpreter& interpreter, Value) { return new_float(interpreter, 0.0); }

// __trunc__/__int__, __floor__ and __ceil__: an int.
template <const char* method, double (*integral)(double)>
Ref float_to_int(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, method, count, kwnames)) return Ref();
  return int_from_double(interpreter, integral(float_value(self)));
}

double truncate(double value) { return std::trunc(value); }
double floor(double value) { return std::floor(value); }
double ceil(double value) { return std::ceil(value); }

constexpr char conjugate_name[] = "float.conjugate", float_name[] = "float.__float__",
               trunc_name[] = "float.__trunc__", int_name[] = "float.__int__", floor_name[] = "float.__floor__",
               ceil_name[] = "float.__ceil__";

Ref float_round_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  if (!reject_keywords(interpreter, "float.__round__", kwnames) ||
      !check_positional(interpreter, "__round__", count, 0, 1))
    return Ref();
  return float_round(interpreter, float_value(self), count == 1 ? arguments[0] : Value());
}

Ref float_absolute(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_slot_arguments(interpreter, "__abs__", count, kwnames, 0)) return Ref();
  return new_float(interpreter, std::fabs(float_value(self)));
}

template <bool reflected>
Ref float_divmod_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  if (!check_slot_arguments(interpreter, reflected ? "__rdivmod__" : "__divmod__", count, kwnames, 1))
    return Ref();
  return reflected ? float_divmod(interpreter, arguments[0], self) : float_divmod(interpreter, self, arguments[0]);
}

Ref float_getnewargs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "float.__getnewargs__", count, kwnames)) return Ref();
  Ref value = new_float(interpreter, float_value(self));
  const Value items[] = {value.get()};
  return new_tuple(interpreter, items);
}

// float.__getformat__(typestr): a classmethod (the class comes first).
Ref float_getformat(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "__getformat__", count - 1, kwnames)) return Ref();
  const Value kind = arguments[1];
  if (!is_str(interpreter, kind))
    return interpreter.raise(interpreter.TypeError_type, "__getformat__() argument must be str, not " +
                                                             argument_type_name(interpreter, kind));
  if (str_utf8(kind) != "double" && str_utf8(kind) != "float")
    return interpreter.raise(interpreter.ValueError_type, "__getformat__() argument 1 must be 'double' or 'float'");
  return new_str(interpreter, "IEEE, little-endian");
}

// float.hex(): CPython's float_hex_impl, "0x1.8000000000000p+1".
Ref float_hex(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "float.hex", count, kwnames)) return Ref();
  const double value = float_value(self);
  if (std::isnan(value) || std::isinf(value)) return new_str(interpreter, krait::float_repr(value));
  if (value == 0.0) return new_str(interpreter, std::signbit(value) ? "-0x0.0p+0" : "0x0.0p+0");
  int exponent = 0;
  double mantissa = std::frexp(std::fabs(value), &exponent);
  // Subnormals keep exponent -1022 with a leading 0 digit.
  const int shift = 1 - std::max(DBL_MIN_EXP - exponent, 0);
  mantissa = std::ldexp(mantissa, shift);
  exponent -= shift;
  constexpr char hex_digits[] = "0123456789abcdef";
  std::string text = value < 0 ? "-0x" : "0x";
  text += hex_digits[static_cast<int>(mantissa)];
  mantissa -= static_cast<int>(mantissa);
  text += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    mantissa *= 16.0;
    text += hex_digits[static_cast<int>(mantissa)];
    mantissa -= static_cast<int>(mantissa);
  }
  text += exponent < 0 ? "p-" : "p+";
  text += std::to_string(std::abs(exponent));
  return new_str(interpreter, text);
}

// The value of float.fromhex(text): [sign] ["0x"] hexdigits ["." hexdigits]
// ["p" [sign] digits], or inf/infinity/nan, between ASCII whitespace;
// strtod rounds it correctly once it has its "0x" prefix.
Ref float_from_hex_text(Interpreter& interpreter, std::string_view text) {
  auto invalid = [&] {
    return interpreter.raise(interpreter.ValueError_type, "invalid hexadecimal floating-point string");
  };
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  std::string number;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    if (text[0] == '-') number += '-';
    text.remove_prefix(1);
  }
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "inf" || lower == "infinity" || lower == "nan")
    return new_float(interpreter, std::strtod((number + lower).c_str(), nullptr));
  if (lower.size() >= 2 && lower[0] == '0' && lower[1] == 'x') lower.erase(0, 2);
  std::size_t position = 0, digits = 0;
  bool point = false;
  for (; position < lower.size(); ++position) {
    const char c = lower[position];
    if (std::isxdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (digits == 0) return invalid();
  if (position < lower.size()) {
    if (lower[position] != 'p') return invalid();
    std::size_t exponent = position + 1;
    if (exponent < lower.size() && (lower[exponent] == '-' || lower[exponent] == '+')) ++exponent;
    if (exponent == lower.size()) return invalid();
    for (; exponent < lower.size(); ++exponent)
      if (!std::isdigit(static_cast<unsigned char>(lower[exponent]))) return invalid();
  }
  number += "0x" + lower;
  const double value = std::strtod(number.c_str(), nullptr);
  if (std::isinf(value))
    return interpreter.raise(interpreter.OverflowError_type, "hexadecimal value too large to represent as a float");
  return new_float(interpreter, value);
}

// float.fromhex(string): a classmethod; a subclass gets cls(value).
Ref float_fromhex(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "float.fromhex", count - 1, kwnames)) return Ref();
  const Value text = arguments[1];
  if (!is_str(interpreter, text))
    return interpreter.raise(interpreter.TypeError_type, "bad argument type for built-in operation");
  Ref value = float_from_hex_text(interpreter, str_utf8(text));
  if (!value || arguments[0] == Value::object(interpreter.float_type)) return value;
  const Value argument = value.get();
  return call(interpreter, arguments[0], &argument, 1);
}

// Freed floats wait for reuse in a list linked through their type field
// (as CPython's free list), up to a bound that keeps memory returning; a
// subclass's instances are freed.
void float_deallocate(Interpreter& interpreter, Object* object) {
  if (object->type != interpreter.float_type || !interpreter.free_floats.give(static_cast<FloatObject*>(object)))
    delete static_cast<FloatObject*>(object);
}

}  // namespace

Ref new_float(Interpreter& interpreter, double value) {
  FloatObject* object = interpreter.free_floats.take();
  if (!object) object = new FloatObject;
  object->type = interpreter.float_type;
  object->value = value;
  return Ref::steal(Value::object(object));
}

bool is_float(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.float_type);
}

Ref number_to_float(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  if (type == interpreter.float_type) return Ref::borrow(value);
  if (is_int(interpreter, value)) {
    double result = 0.0;
    if (!int_to_double(interpreter, value, result)) return Ref();
    return new_float(interpreter, result);
  }
  bool found = true;
  Ref result = call_special(interpreter, value, interpreter.names.dunder_float, nullptr, 0, found);
  if (found) {
    if (!result) return result;
    if (!is_float(interpreter, result.get()))
      return interpreter.raise(interpreter.TypeError_type, type->name + ".__float__ returned non-float (type " +
                                                               std::string(type_name(interpreter, result.get())) + ")");
    return new_float(interpreter, float_value(result.get()));
  }
  if (!lookup_special(interpreter, value, interpreter.names.dunder_index).is_null()) {
    Ref index = number_index(interpreter, value);
    if (!index) return Ref();
    return number_to_float(interpreter, index.get());
  }
  if (is_float(interpreter, value)) return new_float(interpreter, float_value(value));
  if (is_subtype(type, interpreter.str_type)) return float_from_text(interpreter, value);
  if (Ref text = buffer_number_text(interpreter, value)) return float_from_text(interpreter, text.get());
  if (interpreter.has_exception()) return Ref();
  return interpreter.raise(interpreter.TypeError_type, "float() argument must be a string or a real number, not " +
                                                           quoted_type_name(interpreter, value));
}

bool float_argument(Interpreter& interpreter, Value value, double& out) {
  if (value.is_small_int()) {
    out = static_cast<double>(value.as_small_int());
    return true;
  }
  if (is_float(interpreter, value)) {
    out = float_value(value);
    return true;
  }
  if (!is_int(interpreter, value) && lookup_special(interpreter, value, interpreter.names.dunder_float).is_null() &&
      lookup_special(interpreter, value, interpreter.names.dunder_index).is_null()) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "must be real number, not " + std::string(type_name(interpreter, value)));
    return false;
  }
  Ref number = number_to_float(interpreter, value);
  if (!number) return false;
  out = float_value(number.get());
  return true;
}

Ref float_round(Interpreter& interpreter, double value, Value ndigits) {
  if (ndigits.is_null() || ndigits == interpreter.none()) return int_from_double(interpreter, std::nearbyint(value));
  Ref digits = number_index(interpreter, ndigits);
  if (!digits) return Ref();
  // Beyond these bounds rounding cannot change a double (CPython's
  // NDIGITS_MAX and NDIGITS_MIN); an out-of-range count is clamped.
  constexpr std::int64_t most_digits = 323, fewest_digits = -308;
  std::int64_t count = 0;
  if (!int_to_int64(interpreter, digits.get(), count)) count = int_sign(interpreter, digits.get()) > 0 ? 324 : -309;
  if (!std::isfinite(value) || count > most_digits) return new_float(interpreter, value);
  if (count < fewest_digits || value == 0.0) return new_float(interpreter, 0.0 * value);
  return round_to_decimal_places(interpreter, value, count);
}

Ref float_divmod(Interpreter& interpreter, Value left, Value right) {
  double x = 0.0, y = 0.0;
  const int left_kind = operand_value(interpreter, left, x);
  if (left_kind <= 0) return left_kind < 0 ? Ref() : Ref::borrow(interpreter.not_implemented());
  const int right_kind = operand_value(interpreter, right, y);
  if (right_kind <= 0) return right_kind < 0 ? Ref() : Ref::borrow(interpreter.not_implemented());
  if (y == 0.0) return interpreter.raise(interpreter.ZeroDivisionError_type, "float divmod()");
  double quotient = 0.0, remainder = 0.0;
  floor_divide_and_remainder(x, y, quotient, remainder);
  Ref first = new_float(interpreter, quotient);
  Ref second = new_float(interpreter, remainder);
  const Value items[] = {first.get(), second.get()};
  return new_tuple(interpreter, items);
}

void init_float_type(Interpreter& interpreter) {
  Type* type = interpreter.float_type;
  type->deallocate = &float_deallocate;
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) type->slot = float_slot<BinaryOperator::Name>();
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
  type->compare = &float_compare;
  type->repr = &float_repr;
  type->truth = &float_truth;
  type->hash = &float_hash;
  type->negative = &float_negative;
  type->positive = &float_positive;
  type->construct = &float_construct;
  add_getsets(interpreter, type, {{"real", &float_real}, {"imag", &float_imaginary}});
  add_methods(interpreter, type,
              {{"is_integer", &float_is_integer},
               {"as_integer_ratio", &float_as_integer_ratio},
               {"conjugate", &float_itself<conjugate_name>},
               {"__float__", &float_itself<float_name>},
               {"__trunc__", &float_to_int<trunc_name, &truncate>},
               {"__int__", &float_to_int<int_name, &truncate>},
               {"__floor__", &float_to_int<floor_name, &floor>},
               {"__ceil__", &float_to_int<ceil_name, &ceil>},
               {"__round__", &float_round_method},
               {"__abs__", &float_absolute},
               {"__divmod__", &float_divmod_method<false>},
               {"__rdivmod__", &float_divmod_method<true>},
               {"__getnewargs__", &float_getnewargs},
               {"hex", &float_hex}});
  add_class_methods(interpreter, type, {{"fromhex", &float_fromhex}, {"__getformat__", &float_getformat}});
}

}  // namespace krait::runtime
