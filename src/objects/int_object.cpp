// Objects: int arithmetic, comparison, hashing and repr, on inline small ints
// where the operands and result fit and on GMP integers otherwise; int(),
// the conversions other builtins share (index, round, divmod, modular pow)
// and int's methods.
#include "objects/int_object.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/number_text.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "objects/slot_wrappers.h"

namespace krait::runtime {
namespace {

IntObject* as_big(Value value) { return static_cast<IntObject*>(value.as_object()); }


// An int operand as GMP sees it: small ints and bools are copied into a
// temporary, big ints are borrowed.
class BigOperand {
 public:
  BigOperand(const Interpreter& interpreter, Value value) {
    std::int64_t small = 0;
    if (value.is_object() && value.as_object()->type != interpreter.bool_type) {
      pointer_ = as_big(value)->value;
      return;
    }
    int_to_int64(interpreter, value, small);
    mpz_init_set_si(temporary_, small);
    pointer_ = temporary_;
    owned_ = true;
  }
  ~BigOperand() {
    if (owned_) mpz_clear(temporary_);
  }
  BigOperand(const BigOperand&) = delete;
  BigOperand& operator=(const BigOperand&) = delete;
  mpz_srcptr get() const { return pointer_; }

 private:
  mpz_t temporary_;
  mpz_srcptr pointer_ = nullptr;
  bool owned_ = false;
};

// A GMP result that is turned into an int (and freed) on the way out.
class BigResult {
 public:
  BigResult() { mpz_init(value_); }
  ~BigResult() { mpz_clear(value_); }
  BigResult(const BigResult&) = delete;
  BigResult& operator=(const BigResult&) = delete;
  mpz_ptr get() { return value_; }
  Ref finish(Interpreter& interpreter) { return new_int(interpreter, value_); }

 private:
  mpz_t value_;
};

// Rounds magnitude * 2^exponent (plus a nonzero remainder below it when
// `sticky`) to the nearest double, ties to even. Returns false on overflow.
bool round_to_double(mpz_srcptr magnitude, bool sticky, long exponent, bool negative, double& out) {
  const long bits = static_cast<long>(mpz_sizeinbase(magnitude, 2));
  mpz_t top;
  mpz_init(top);
  long shift = bits > 53 ? bits - 53 : 0;
  mpz_fdiv_q_2exp(top, magnitude, shift);
  if (shift > 0) {
    // Round half to even on the bits shifted out.
    const bool half = mpz_tstbit(magnitude, shift - 1);
    const bool below_half = sticky || mpz_scan1(magnitude, 0) < static_cast<mp_bitcnt_t>(shift - 1);
    if (half && (below_half || mpz_odd_p(top))) mpz_add_ui(top, top, 1);
  }
  const double mantissa = mpz_get_d(top);  // at most 2^53: exact
  mpz_clear(top);
  const double result = std::ldexp(mantissa, static_cast<int>(exponent + shift));
  if (std::isinf(result)) return false;
  out = negative ? -result : result;
  return true;
}

// left / right for ints, correctly rounded as CPython's long_true_divide.
Ref int_true_divide(Interpreter& interpreter, Value left, Value right) {
  std::int64_t a = 0, b = 0;
  constexpr std::int64_t exact = std::int64_t{1} << 53;
  if (int_to_int64(interpreter, left, a) && int_to_int64(interpreter, right, b) && a >= -exact && a <= exact &&
      b >= -exact && b <= exact) {
    if (b == 0) return interpreter.raise(interpreter.ZeroDivisionError_type, "division by zero");
    return new_float(interpreter, static_cast<double>(a) / static_cast<double>(b));
  }
  BigOperand numerator(interpreter, left), denominator(interpreter, right);
  if (mpz_sgn(denominator.get()) == 0) return interpreter.raise(interpreter.ZeroDivisionError_type, "division by zero");
  if (mpz_sgn(numerator.get()) == 0) return new_float(interpreter, 0.0);
  const bool negative = mpz_sgn(numerator.get()) != mpz_sgn(denominator.get());
  mpz_t n, d, q, r;
  mpz_inits(n, d, q, r, nullptr);
  mpz_abs(n, numerator.get());
  mpz_abs(d, denominator.get());
  // Scale so that the quotient has 55 or 56 significant bits.
  const long shift = static_cast<long>(mpz_sizeinbase(n, 2)) - static_cast<long>(mpz_sizeinbase(d, 2)) - 55;
  if (shift >= 0) {
    mpz_mul_2exp(d, d, shift);
  } else {
    mpz_mul_2exp(n, n, -shift);
  }
  mpz_tdiv_qr(q, r, n, d);
  double result = 0.0;
  const bool fits = round_to_double(q, mpz_sgn(r) != 0, shift, negative, result);
  mpz_clears(n, d, q, r, nullptr);
  if (!fits) return interpreter.raise(interpreter.OverflowError_type, "integer division result too large for a float");
  return new_float(interpreter, result);
}

// CPython 3.11.7's texts: % has its own since 3.11.4 (divmod keeps the old one).
Ref zero_division(Interpreter& interpreter, BinaryOperator op) {
  return interpreter.raise(interpreter.ZeroDivisionError_type, op == BinaryOperator::REMAINDER
                                                                   ? "integer modulo by zero"
                                                                   : "integer division or modulo by zero");
}

// Exponentiation by squaring on machine ints; false on overflow.
bool small_power(std::int64_t base, std::int64_t exponent, std::int64_t& out) {
  std::int64_t result = 1;
  while (exponent > 0) {
    if ((exponent & 1) && __builtin_mul_overflow(result, base, &result)) return false;
    exponent >>= 1;
    if (exponent > 0 && __builtin_mul_overflow(base, base, &base)) return false;
  }
  out = result;
  return true;
}

Ref int_power(Interpreter& interpreter, Value left, Value right) {
  BigOperand exponent(interpreter, right);
  if (mpz_sgn(exponent.get()) < 0) {
    // A negative exponent gives a float (CPython converts both operands).
    double base = 0.0, power = 0.0;
    if (!int_to_double(interpreter, left, base) || !int_to_double(interpreter, right, power)) return Ref();
    if (base == 0.0)
      return interpreter.raise(interpreter.ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
    return new_float(interpreter, std::pow(base, power));
  }
  std::int64_t a = 0, b = 0, result = 0;
  if (int_to_int64(interpreter, left, a) && int_to_int64(interpreter, right, b) && small_power(a, b, result))
    return new_int(interpreter, result);
  BigOperand base(interpreter, left);
  if (!mpz_fits_ulong_p(exponent.get())) {
    // Only 0, 1 and -1 have a representable power this large.
    if (mpz_cmpabs_ui(base.get(), 1) > 0) return interpreter.raise(interpreter.MemoryError_type, "");
    if (mpz_sgn(base.get()) == 0) return new_int(interpreter, std::int64_t{0});
    return new_int(interpreter, std::int64_t{mpz_sgn(base.get()) > 0 || mpz_even_p(exponent.get()) ? 1 : -1});
  }
  BigResult power;
  mpz_pow_ui(power.get(), base.get(), mpz_get_ui(exponent.get()));
  return power.finish(interpreter);
}

// Floor division and modulo on machine ints (divisor nonzero).
std::int64_t floor_divide(std::int64_t a, std::int64_t b) {
  std::int64_t quotient = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --quotient;
  return quotient;
}
std::int64_t floor_remainder(std::int64_t a, std::int64_t b) {
  std::int64_t remainder = a % b;
  if (remainder != 0 && ((remainder < 0) != (b < 0))) remainder += b;
  return remainder;
}

// Shifts by a count that is an int (CPython's long_lshift/long_rshift):
// ValueError for a negative count; a count too large for memory is
// OverflowError beyond a machine word and MemoryError within one.
template <BinaryOperator op>
Ref int_shift(Interpreter& interpreter, Value left, Value right) {
  if (int_sign(interpreter, right) < 0) return interpreter.raise(interpreter.ValueError_type, "negative shift count");
  std::int64_t a = 0, count = 0;
  const bool small_left = int_to_int64(interpreter, left, a);
  const bool small_count = int_to_int64(interpreter, right, count);
  if constexpr (op == BinaryOperator::RIGHT_SHIFT) {
    if (small_left && small_count) return new_int(interpreter, count >= 64 ? (a < 0 ? -1 : 0) : a >> count);
    if (!small_count) return new_int(interpreter, std::int64_t{int_sign(interpreter, left) < 0 ? -1 : 0});
    BigOperand x(interpreter, left);
    BigResult result;
    mpz_fdiv_q_2exp(result.get(), x.get(), static_cast<mp_bitcnt_t>(count));
    return result.finish(interpreter);
  } else {
    if (int_sign(interpreter, left) == 0) return new_int(interpreter, std::int64_t{0});
    if (small_left && small_count && count < 63 && ((a << count) >> count) == a) return new_int(interpreter, a << count);
    if (!small_count) return interpreter.raise(interpreter.OverflowError_type, "too many digits in integer");
    // Past 2^40 bits (128 GiB) no machine has the memory.
    if (count > (std::int64_t{1} << 40)) return interpreter.raise(interpreter.MemoryError_type, "");
    BigOperand x(interpreter, left);
    BigResult result;
    mpz_mul_2exp(result.get(), x.get(), static_cast<mp_bitcnt_t>(count));
    return result.finish(interpreter);
  }
}

// One body for every binary slot of int: machine arithmetic when both
// operands fit (inline small ints cannot overflow int64 on + and -), GMP when
// they do not.
template <BinaryOperator op>
Ref int_binary(Interpreter& interpreter, Value left, Value right) {
  if (!is_int(interpreter, left) || !is_int(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  if constexpr (op == BinaryOperator::TRUE_DIVIDE) {
    return int_true_divide(interpreter, left, right);
  } else if constexpr (op == BinaryOperator::POWER) {
    return int_power(interpreter, left, right);
  } else if constexpr (op == BinaryOperator::LEFT_SHIFT || op == BinaryOperator::RIGHT_SHIFT) {
    return int_shift<op>(interpreter, left, right);
  } else {
    std::int64_t a = 0, b = 0;
    if (int_to_int64(interpreter, left, a) && int_to_int64(interpreter, right, b)) {
      std::int64_t result = 0;
      bool overflow = false;
      if constexpr (op == BinaryOperator::ADD) overflow = __builtin_add_overflow(a, b, &result);
      if constexpr (op == BinaryOperator::SUBTRACT) overflow = __builtin_sub_overflow(a, b, &result);
      if constexpr (op == BinaryOperator::MULTIPLY) overflow = __builtin_mul_overflow(a, b, &result);
      if constexpr (op == BinaryOperator::AND) result = a & b;
      if constexpr (op == BinaryOperator::XOR) result = a ^ b;
      if constexpr (op == BinaryOperator::OR) result = a | b;
      if constexpr (op == BinaryOperator::FLOOR_DIVIDE || op == BinaryOperator::REMAINDER) {
        if (b == 0) return zero_division(interpreter, op);
        // INT64_MIN // -1 is the one overflowing case.
        if (b == -1 && a == std::numeric_limits<std::int64_t>::min()) {
          overflow = true;
        } else {
          result = op == BinaryOperator::FLOOR_DIVIDE ? floor_divide(a, b) : floor_remainder(a, b);
        }
      }
      if (!overflow) return new_int(interpreter, result);
    }
    BigOperand x(interpreter, left), y(interpreter, right);
    BigResult result;
    if constexpr (op == BinaryOperator::ADD) mpz_add(result.get(), x.get(), y.get());
    if constexpr (op == BinaryOperator::SUBTRACT) mpz_sub(result.get(), x.get(), y.get());
    if constexpr (op == BinaryOperator::MULTIPLY) mpz_mul(result.get(), x.get(), y.get());
    // GMP's logical operations work on two's complement, as Python's do.
    if constexpr (op == BinaryOperator::AND) mpz_and(result.get(), x.get(), y.get());
    if constexpr (op == BinaryOperator::XOR) mpz_xor(result.get(), x.get(), y.get());
    if constexpr (op == BinaryOperator::OR) mpz_ior(result.get(), x.get(), y.get());
    if constexpr (op == BinaryOperator::FLOOR_DIVIDE || op == BinaryOperator::REMAINDER) {
      if (mpz_sgn(y.get()) == 0) return zero_division(interpreter, op);
      if constexpr (op == BinaryOperator::FLOOR_DIVIDE) mpz_fdiv_q(result.get(), x.get(), y.get());
      if constexpr (op == BinaryOperator::REMAINDER) mpz_fdiv_r(result.get(), x.get(), y.get());
    }
    return result.finish(interpreter);
  }
}

int sign_of_comparison(const Interpreter& interpreter, Value left, Value right) {
  std::int64_t a = 0, b = 0;
  if (int_to_int64(interpreter, left, a) && int_to_int64(interpreter, right, b)) return (a > b) - (a < b);
  BigOperand x(interpreter, left), y(interpreter, right);
  const int sign = mpz_cmp(x.get(), y.get());
  return (sign > 0) - (sign < 0);
}

Ref int_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (!is_int(interpreter, left) || !is_int(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  return interpreter.new_boolean(compare_ordered(sign_of_comparison(interpreter, left, right), 0, op));
}

Ref int_repr(Interpreter& interpreter, Value self) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, self, small)) return new_str(interpreter, std::to_string(small));
  mpz_srcptr value = as_big(self)->value;
  std::string text(mpz_sizeinbase(value, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, value);
  text.resize(std::strlen(text.c_str()));
  const auto limit = static_cast<std::size_t>(interpreter.int_max_str_digits);
  if (limit > 0 && text.size() - (text[0] == '-') > limit)
    return interpreter.raise(interpreter.ValueError_type,
                             "Exceeds the limit (" + std::to_string(limit) +
                                 " digits) for integer string conversion; "
                                 "use sys.set_int_max_str_digits() to increase the limit");
  return new_str(interpreter, text);
}

// CPython's numeric hash: the value modulo the Mersenne prime 2^61 - 1, with
// the sign kept and -1 (the error marker) mapped to -2.
std::int64_t int_hash(Interpreter& interpreter, Value self) {
  constexpr std::uint64_t modulus = (std::uint64_t{1} << 61) - 1;
  BigOperand value(interpreter, self);
  std::int64_t result = static_cast<std::int64_t>(mpz_tdiv_ui(value.get(), modulus));
  if (mpz_sgn(value.get()) < 0) result = -result;
  return result == -1 ? -2 : result;
}

int int_truth(Interpreter& interpreter, Value self) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, self, small)) return small != 0;
  return mpz_sgn(as_big(self)->value) != 0;
}

Ref int_negative(Interpreter& interpreter, Value self) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, self, small) && small != std::numeric_limits<std::int64_t>::min())
    return new_int(interpreter, -small);
  BigOperand value(interpreter, self);
  BigResult result;
  mpz_neg(result.get(), value.get());
  return result.finish(interpreter);
}

Ref int_positive(Interpreter& interpreter, Value self) { return int_exact(interpreter, self); }

Ref int_invert(Interpreter& interpreter, Value self) {
  // ~a is -a - 1, which cannot overflow for an inline small int.
  std::int64_t small = 0;
  if (int_to_int64(interpreter, self, small) && Value::fits_small_int(small)) return Ref::small_int(~small);
  BigOperand value(interpreter, self);
  BigResult result;
  mpz_com(result.get(), value.get());
  return result.finish(interpreter);
}

void int_deallocate(Interpreter&, Object* object) {
  auto* big = static_cast<IntObject*>(object);
  mpz_clear(big->value);
  delete big;
}

// The result of __int__ or __index__ (`method`), which must be an int.
Ref checked_int_result(Interpreter& interpreter, Ref result, const char* method) {
  if (!result) return Ref();
  if (!is_int(interpreter, result.get()))
    return interpreter.raise(interpreter.TypeError_type, std::string(method) + " returned non-int (type " +
                                                             std::string(type_name(interpreter, result.get())) + ")");
  return int_exact(interpreter, result.get());
}

Ref int_value(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames);

// int(x=0, /, base=10), and a subclass's instance holding the value (always
// a big-int object, whatever its size: the type lives in the object).
Ref int_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Ref value = int_value(interpreter, arguments, count, kwnames);
  auto* type = static_cast<Type*>(callee.as_object());
  if (!value || type == interpreter.int_type) return value;
  BigOperand operand(interpreter, value.get());
  auto* object = new IntObject;
  set_object_type(object, type);
  mpz_init_set(object->value, operand.get());
  return Ref::steal(Value::object(object));
}

// The value of int(...): CPython's long_new_impl.
Ref int_value(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"int", {"", "base"}, 1}, arguments, count, kwnames, bound)) return Ref();
  const Value value = bound[0], base_argument = bound[1];
  if (value.is_null()) {
    if (!base_argument.is_null()) return interpreter.raise(interpreter.TypeError_type, "int() missing string argument");
    return Ref::small_int(0);
  }
  if (base_argument.is_null()) return number_to_int(interpreter, value);
  Ref base_value = number_index(interpreter, base_argument);
  if (!base_value) return Ref();
  std::int64_t base = 0;
  if (!int_to_int64(interpreter, base_value.get(), base) || (base != 0 && base < 2) || base > 36)
    return interpreter.raise(interpreter.ValueError_type, "int() base must be >= 2 and <= 36, or 0");
  if (!is_subtype(type_of(interpreter, value), interpreter.str_type) && !is_bytes(interpreter, value) &&
      !is_bytearray(interpreter, value))
    return interpreter.raise(interpreter.TypeError_type, "int() can't convert non-string with explicit base");
  return int_from_text(interpreter, value, static_cast<int>(base));
}

// The methods below take no arguments but self (CPython's METH_NOARGS).
bool no_arguments(Interpreter& interpreter, const char* method, std::size_t count, Value kwnames) {
  return reject_keywords(interpreter, method, kwnames) && check_positional(interpreter, method, count, 0, 0);
}

// The absolute value as an unsigned machine word, when it fits one.
bool magnitude_u64(const Interpreter& interpreter, Value self, std::uint64_t& out) {
  std::int64_t small = 0;
  if (!int_to_int64(interpreter, self, small)) return false;
  out = small < 0 ? 0 - static_cast<std::uint64_t>(small) : static_cast<std::uint64_t>(small);
  return true;
}

Ref int_bit_length(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "int.bit_length", count, kwnames)) return Ref();
  std::uint64_t magnitude = 0;
  if (magnitude_u64(interpreter, self, magnitude))
    return Ref::small_int(magnitude == 0 ? 0 : 64 - __builtin_clzll(magnitude));
  return new_int(interpreter, static_cast<std::int64_t>(mpz_sizeinbase(as_big(self)->value, 2)));
}

Ref int_bit_count(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "int.bit_count", count, kwnames)) return Ref();
  std::uint64_t magnitude = 0;
  if (magnitude_u64(interpreter, self, magnitude)) return Ref::small_int(__builtin_popcountll(magnitude));
  BigResult absolute;
  mpz_abs(absolute.get(), as_big(self)->value);
  return new_int(interpreter, static_cast<std::int64_t>(mpz_popcount(absolute.get())));
}

// int.conjugate(), __int__, __index__, __trunc__, __floor__, __ceil__: the
// value itself, as an exact int.
template <const char* method>
Ref int_itself(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, method, count, kwnames)) return Ref();
  return int_exact(interpreter, self);
}
constexpr char conjugate_name[] = "int.conjugate", index_name[] = "int.__index__", int_name[] = "int.__int__",
               trunc_name[] = "int.__trunc__", floor_name[] = "int.__floor__", ceil_name[] = "int.__ceil__";

Ref int_as_integer_ratio(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "int.as_integer_ratio", count, kwnames)) return Ref();
  Ref numerator = int_exact(interpreter, self);
  const Value items[] = {numerator.get(), Value::small_int(1)};
  return new_tuple(interpreter, items);
}

Ref int_float(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "int.__float__", count, kwnames)) return Ref();
  double value = 0.0;
  if (!int_to_double(interpreter, self, value)) return Ref();
  return new_float(interpreter, value);
}

Ref int_round_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "int.__round__", kwnames) ||
      !check_positional(interpreter, "__round__", count, 0, 1))
    return Ref();
  return int_round(interpreter, self, count == 1 ? arguments[0] : Value());
}

Ref int_absolute(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_slot_arguments(interpreter, "__abs__", count, kwnames, 0)) return Ref();
  return int_sign(interpreter, self) < 0 ? int_negative(interpreter, self) : int_exact(interpreter, self);
}

// int.__divmod__ / __rdivmod__: NotImplemented for a non-int operand.
template <bool reflected>
Ref int_divmod_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                      Value kwnames) {
  if (!check_slot_arguments(interpreter, reflected ? "__rdivmod__" : "__divmod__", count, kwnames, 1))
    return Ref();
  if (!is_int(interpreter, arguments[0])) return Ref::borrow(interpreter.not_implemented());
  return reflected ? int_divmod(interpreter, arguments[0], self) : int_divmod(interpreter, self, arguments[0]);
}

Ref int_getnewargs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!no_arguments(interpreter, "int.__getnewargs__", count, kwnames)) return Ref();
  Ref value = int_exact(interpreter, self);
  const Value items[] = {value.get()};
  return new_tuple(interpreter, items);
}

// The byteorder argument of to_bytes / from_bytes: true for "little".
bool little_endian_argument(Interpreter& interpreter, const char* function, Value byteorder, bool& little) {
  if (byteorder.is_null()) {
    little = false;
    return true;
  }
  if (!is_subtype(type_of(interpreter, byteorder), interpreter.str_type)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument 'byteorder' must be str, not " +
                                                      argument_type_name(interpreter, byteorder));
    return false;
  }
  const std::string_view order = str_utf8(byteorder);
  if (order != "little" && order != "big") {
    interpreter.set_exception(interpreter.ValueError_type, "byteorder must be either 'little' or 'big'");
    return false;
  }
  little = order == "little";
  return true;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False).
Ref int_to_bytes(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!bind_arguments(interpreter, {"to_bytes", {"length", "byteorder", "signed"}, 0, 1}, arguments, count, kwnames,
                      bound))
    return Ref();
  std::int64_t length = 1;
  if (!bound[0].is_null() && !index_argument(interpreter, bound[0], length)) return Ref();
  if (length < 0) return interpreter.raise(interpreter.ValueError_type, "length argument must be non-negative");
  bool little = false;
  if (!little_endian_argument(interpreter, "to_bytes", bound[1], little)) return Ref();
  int is_signed = 0;
  if (!bound[2].is_null() && (is_signed = truth(interpreter, bound[2])) < 0) return Ref();
  BigOperand value(interpreter, self);
  if (mpz_sgn(value.get()) < 0 && !is_signed)
    return interpreter.raise(interpreter.OverflowError_type, "can't convert negative int to unsigned");
  // Two's complement in length bytes: value + 256**length for negatives.
  BigResult encoded, limit;
  mpz_set(encoded.get(), value.get());
  if (mpz_sgn(value.get()) < 0) {
    mpz_ui_pow_ui(limit.get(), 256, static_cast<unsigned long>(length));
    mpz_add(encoded.get(), encoded.get(), limit.get());
  }
  const std::size_t bits = mpz_sgn(encoded.get()) == 0 ? 0 : mpz_sizeinbase(encoded.get(), 2);
  // A signed value also needs its sign bit: clear for non-negatives, set for
  // negatives (whose encoding must not drop below 128 * 256**(length-1)).
  // No bytes hold 0, and -1 when signed (CPython's _PyLong_AsByteArray).
  const bool fits = length == 0 ? mpz_sgn(value.get()) == 0 || (is_signed && mpz_cmp_si(value.get(), -1) == 0)
                    : mpz_sgn(value.get()) < 0
                        ? mpz_sgn(encoded.get()) > 0 && bits == static_cast<std::size_t>(length) * 8
                        : bits + (is_signed ? 1 : 0) <= static_cast<std::size_t>(length) * 8;
  if (!fits) return interpreter.raise(interpreter.OverflowError_type, "int too big to convert");
  Ref result = new_bytes_uninitialised(interpreter, length);
  if (!result) return Ref();
  char* data = as_bytes(result.get())->data();
  std::size_t written = 0;
  // Most significant byte first; zeros fill the front.
  std::string digits(static_cast<std::size_t>(length), '\0');
  mpz_export(digits.data() + length - (bits + 7) / 8, &written, 1, 1, 1, 0, encoded.get());
  if (little) std::reverse(digits.begin(), digits.end());
  std::memcpy(data, digits.data(), digits.size());
  return result;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod.
Ref int_from_bytes(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const Value cls = arguments[0];
  Value bound[3];
  if (!bind_arguments(interpreter, {"from_bytes", {"bytes", "byteorder", "signed"}, 0, 1, 1}, arguments + 1,
                      count - 1, kwnames, bound))
    return Ref();
  bool little = false;
  if (!little_endian_argument(interpreter, "from_bytes", bound[1], little)) return Ref();
  int is_signed = 0;
  if (!bound[2].is_null() && (is_signed = truth(interpreter, bound[2])) < 0) return Ref();
  std::string data;
  if (!bytes_from_object(interpreter, bound[0], data)) return Ref();
  if (little) std::reverse(data.begin(), data.end());
  BigResult value;
  mpz_import(value.get(), data.size(), 1, 1, 1, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    BigResult limit;
    mpz_ui_pow_ui(limit.get(), 256, data.size());
    mpz_sub(value.get(), value.get(), limit.get());
  }
  Ref result = value.finish(interpreter);
  if (!result || cls == Value::object(interpreter.int_type)) return result;
  const Value argument = result.get();
  return call(interpreter, cls, &argument, 1);
}

// int.real, int.numerator: the value; int.imag: 0; int.denominator: 1.
Ref int_value_getter(Interpreter& interpreter, Value self) { return int_exact(interpreter, self); }
Ref int_zero_getter(Interpreter&, Value) { return Ref::small_int(0); }
Ref int_one_getter(Interpreter&, Value) { return Ref::small_int(1); }

}  // namespace

Ref new_big_int(Interpreter& interpreter, std::int64_t value) {
  auto* object = new IntObject;
  object->type = interpreter.int_type;
  mpz_init_set_si(object->value, value);
  return Ref::steal(Value::object(object));
}

Ref new_int(Interpreter& interpreter, const mpz_t value) {
  if (mpz_fits_slong_p(value)) {
    const long small = mpz_get_si(value);
    if (Value::fits_small_int(small)) return Ref::small_int(small);
  }
  auto* object = new IntObject;
  object->type = interpreter.int_type;
  mpz_init_set(object->value, value);
  return Ref::steal(Value::object(object));
}

Ref new_int_from_decimal(Interpreter& interpreter, std::string_view digits) {
  BigResult result;
  mpz_set_str(result.get(), std::string(digits).c_str(), 10);
  return result.finish(interpreter);
}

bool is_int(const Interpreter& interpreter, Value value) {
  if (value.is_small_int()) return true;
  if (value.is_null()) return false;
  return is_subtype(value.as_object()->type, interpreter.int_type);
}

int int_sign(const Interpreter& interpreter, Value value) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, value, small)) return (small > 0) - (small < 0);
  return mpz_sgn(as_big(value)->value);
}

bool int_to_int64(const Interpreter& interpreter, Value value, std::int64_t& out) {
  if (value.is_small_int()) {
    out = value.as_small_int();
    return true;
  }
  if (value.as_object()->type == interpreter.bool_type) {
    out = value == interpreter.boolean(true);
    return true;
  }
  mpz_srcptr big = as_big(value)->value;
  if (!mpz_fits_slong_p(big)) return false;
  out = mpz_get_si(big);
  return true;
}

bool int_to_uint64(const Interpreter& interpreter, Value value, std::uint64_t& out) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, value, small)) {
    out = static_cast<std::uint64_t>(small);
    return small >= 0;
  }
  mpz_srcptr big = as_big(value)->value;
  if (mpz_sgn(big) < 0 || !mpz_fits_ulong_p(big)) return false;
  out = mpz_get_ui(big);
  return true;
}

bool int_to_double(Interpreter& interpreter, Value value, double& out) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, value, small) && small >= -(std::int64_t{1} << 53) && small <= (std::int64_t{1} << 53)) {
    out = static_cast<double>(small);
    return true;
  }
  BigOperand big(interpreter, value);
  mpz_t magnitude;
  mpz_init(magnitude);
  mpz_abs(magnitude, big.get());
  const bool fits = round_to_double(magnitude, false, 0, mpz_sgn(big.get()) < 0, out);
  mpz_clear(magnitude);
  if (!fits) interpreter.set_exception(interpreter.OverflowError_type, "int too large to convert to float");
  return fits;
}

Ref int_exact(Interpreter& interpreter, Value value) {
  if (value.is_small_int()) return Ref::borrow(value);
  const Type* type = value.as_object()->type;
  if (type == interpreter.int_type) return Ref::borrow(value);
  if (type == interpreter.bool_type) return Ref::small_int(value == interpreter.boolean(true));
  return new_int(interpreter, as_big(value)->value);
}

Ref int_from_double(Interpreter& interpreter, double value) {
  if (std::isinf(value))
    return interpreter.raise(interpreter.OverflowError_type, "cannot convert float infinity to integer");
  if (std::isnan(value)) return interpreter.raise(interpreter.ValueError_type, "cannot convert float NaN to integer");
  constexpr double word = 9223372036854775808.0;  // 2**63
  if (value > -word && value < word) return new_int(interpreter, static_cast<std::int64_t>(value));
  BigResult result;
  mpz_set_d(result.get(), value);  // exact: a double this large is an integer
  return result.finish(interpreter);
}

Ref number_index(Interpreter& interpreter, Value value) {
  if (is_int(interpreter, value)) return int_exact(interpreter, value);
  bool found = true;
  Ref result = call_special(interpreter, value, interpreter.names.dunder_index, nullptr, 0, found);
  if (!found)
    return interpreter.raise(interpreter.TypeError_type,
                             quoted_type_name(interpreter, value) + " object cannot be interpreted as an integer");
  return checked_int_result(interpreter, std::move(result), "__index__");
}

bool index_to_c_int(Interpreter& interpreter, Value value, int& out) {
  Ref index = number_index(interpreter, value);
  if (!index) return false;
  std::int64_t wide = 0;
  if (!int_to_int64(interpreter, index.get(), wide) || wide < std::numeric_limits<int>::min() ||
      wide > std::numeric_limits<int>::max()) {
    interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C int");
    return false;
  }
  out = static_cast<int>(wide);
  return true;
}

Ref number_to_int(Interpreter& interpreter, Value value) {
  if (is_int(interpreter, value)) return int_exact(interpreter, value);
  if (type_of(interpreter, value) == interpreter.float_type) return int_from_double(interpreter, float_value(value));
  bool found = true;
  Ref result = call_special(interpreter, value, interpreter.names.dunder_int, nullptr, 0, found);
  if (found) return checked_int_result(interpreter, std::move(result), "__int__");
  result = call_special(interpreter, value, interpreter.names.dunder_index, nullptr, 0, found);
  if (found) return checked_int_result(interpreter, std::move(result), "__index__");
  if (is_subtype(type_of(interpreter, value), interpreter.str_type)) return int_from_text(interpreter, value, 10);
  if (Ref text = buffer_number_text(interpreter, value)) return int_from_text(interpreter, text.get(), 10);
  if (interpreter.has_exception()) return Ref();
  return interpreter.raise(interpreter.TypeError_type,
                           "int() argument must be a string, a bytes-like object or a real number, not " +
                               quoted_type_name(interpreter, value));
}

Ref int_round(Interpreter& interpreter, Value self, Value ndigits) {
  if (ndigits.is_null() || ndigits == interpreter.none()) return int_exact(interpreter, self);
  Ref digits = number_index(interpreter, ndigits);
  if (!digits) return Ref();
  if (int_sign(interpreter, digits.get()) >= 0) return int_exact(interpreter, self);
  BigOperand value(interpreter, self);
  // 10**k beyond twice the value rounds everything to zero.
  std::int64_t k = 0;
  if (!int_to_int64(interpreter, digits.get(), k) ||
      -k > static_cast<std::int64_t>(mpz_sizeinbase(value.get(), 10)) + 1)
    return Ref::small_int(0);
  BigResult power, quotient, remainder;
  mpz_ui_pow_ui(power.get(), 10, static_cast<unsigned long>(-k));
  mpz_fdiv_qr(quotient.get(), remainder.get(), value.get(), power.get());
  mpz_mul_2exp(remainder.get(), remainder.get(), 1);
  const int half = mpz_cmp(remainder.get(), power.get());
  if (half > 0 || (half == 0 && mpz_odd_p(quotient.get()))) mpz_add_ui(quotient.get(), quotient.get(), 1);
  mpz_mul(quotient.get(), quotient.get(), power.get());
  return quotient.finish(interpreter);
}

Ref int_divmod(Interpreter& interpreter, Value left, Value right) {
  std::int64_t a = 0, b = 0;
  Ref quotient, remainder;
  if (int_to_int64(interpreter, left, a) && int_to_int64(interpreter, right, b) &&
      !(b == -1 && a == std::numeric_limits<std::int64_t>::min())) {
    if (b == 0) return zero_division(interpreter, BinaryOperator::FLOOR_DIVIDE);
    quotient = new_int(interpreter, floor_divide(a, b));
    remainder = new_int(interpreter, floor_remainder(a, b));
  } else {
    BigOperand x(interpreter, left), y(interpreter, right);
    if (mpz_sgn(y.get()) == 0) return zero_division(interpreter, BinaryOperator::FLOOR_DIVIDE);
    BigResult q, r;
    mpz_fdiv_qr(q.get(), r.get(), x.get(), y.get());
    quotient = q.finish(interpreter);
    remainder = r.finish(interpreter);
  }
  const Value items[] = {quotient.get(), remainder.get()};
  return new_tuple(interpreter, items);
}

// CPython's long_pow with a modulus: the result takes the modulus's sign.
Ref int_modular_power(Interpreter& interpreter, Value base, Value exponent, Value modulus) {
  BigOperand b(interpreter, base), e(interpreter, exponent), m(interpreter, modulus);
  if (mpz_sgn(m.get()) == 0) return interpreter.raise(interpreter.ValueError_type, "pow() 3rd argument cannot be 0");
  BigResult magnitude, result, inverse, positive_exponent;
  mpz_abs(magnitude.get(), m.get());
  if (mpz_cmp_ui(magnitude.get(), 1) == 0) return Ref::small_int(0);
  mpz_srcptr power_base = b.get();
  mpz_srcptr power_exponent = e.get();
  if (mpz_sgn(e.get()) < 0) {
    if (mpz_invert(inverse.get(), b.get(), magnitude.get()) == 0)
      return interpreter.raise(interpreter.ValueError_type, "base is not invertible for the given modulus");
    mpz_neg(positive_exponent.get(), e.get());
    power_base = inverse.get();
    power_exponent = positive_exponent.get();
  }
  mpz_powm(result.get(), power_base, power_exponent, magnitude.get());
  if (mpz_sgn(m.get()) < 0 && mpz_sgn(result.get()) != 0) mpz_sub(result.get(), result.get(), magnitude.get());
  return result.finish(interpreter);
}

Ref int_to_prefixed_text(Interpreter& interpreter, Value self, int base) {
  BigOperand value(interpreter, self);
  std::string digits(mpz_sizeinbase(value.get(), base) + 2, '\0');
  mpz_get_str(digits.data(), base, value.get());
  digits.resize(std::strlen(digits.c_str()));
  const bool negative = digits[0] == '-';
  std::string text(negative ? "-" : "");
  text += base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  text.append(digits, negative ? 1 : 0);
  return new_str(interpreter, text);
}

// int has every binary operator but @.
template <BinaryOperator op>
constexpr BinarySlot int_slot() {
  if constexpr (op == BinaryOperator::MATRIX_MULTIPLY) {
    return nullptr;
  } else {
    return &int_binary<op>;
  }
}

void init_int_type(Interpreter& interpreter) {
  Type* type = interpreter.int_type;
  type->deallocate = &int_deallocate;
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) type->slot = int_slot<BinaryOperator::Name>();
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
  type->compare = &int_compare;
  type->repr = &int_repr;
  type->hash = &int_hash;
  type->truth = &int_truth;
  type->negative = &int_negative;
  type->positive = &int_positive;
  type->invert = &int_invert;
  type->construct = &int_construct;
  add_methods(interpreter, type,
              {{"bit_length", &int_bit_length},
               {"bit_count", &int_bit_count},
               {"conjugate", &int_itself<conjugate_name>},
               {"as_integer_ratio", &int_as_integer_ratio},
               {"__index__", &int_itself<index_name>},
               {"__int__", &int_itself<int_name>},
               {"__trunc__", &int_itself<trunc_name>},
               {"__floor__", &int_itself<floor_name>},
               {"__ceil__", &int_itself<ceil_name>},
               {"__float__", &int_float},
               {"__round__", &int_round_method},
               {"__abs__", &int_absolute},
               {"__divmod__", &int_divmod_method<false>},
               {"__rdivmod__", &int_divmod_method<true>},
               {"__getnewargs__", &int_getnewargs},
               {"to_bytes", &int_to_bytes}});
  add_class_methods(interpreter, type, {{"from_bytes", &int_from_bytes}});
  add_getsets(interpreter, type,
              {{"real", &int_value_getter},
               {"imag", &int_zero_getter},
               {"numerator", &int_value_getter},
               {"denominator", &int_one_getter}});
}

}  // namespace krait::runtime
