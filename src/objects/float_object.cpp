// Objects: float arithmetic (with int operands converted exactly as CPython
// does), comparison against ints without rounding, repr, and the
// per-interpreter free list.
#include "objects/float_object.h"

#include <gmp.h>

#include <cerrno>
#include <cmath>

#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "support/number_format.h"

namespace krait::runtime {
namespace {

// Either operand as a double: a float's value or an int converted (which
// can raise OverflowError). Returns 0 for "not a number type", -1 on error.
int operand_value(Interpreter& interpreter, Value value, double& out) {
  if (value.is_object() && value.as_object()->type == interpreter.float_type) {
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

// float has the arithmetic operators; the bitwise ones are int's alone.
template <BinaryOperator op>
constexpr BinarySlot float_slot() {
  constexpr bool bitwise = op == BinaryOperator::LEFT_SHIFT || op == BinaryOperator::RIGHT_SHIFT ||
                           op == BinaryOperator::AND || op == BinaryOperator::XOR || op == BinaryOperator::OR;
  if constexpr (bitwise) {
    return nullptr;
  } else {
    return &float_binary<op>;
  }
}

// Compares a float with a float or an int exactly (an int is never rounded
// to a double first, so 2**53 + 1 > 2.0**53 holds).
Ref float_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  const bool left_is_float = left.is_object() && left.as_object()->type == interpreter.float_type;
  Value other = left_is_float ? right : left;
  const double self = float_value(left_is_float ? left : right);
  int sign = 0;
  bool unordered = std::isnan(self);
  if (other.is_object() && other.as_object()->type == interpreter.float_type) {
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

// Freed floats go to the interpreter's free list for reuse.
void float_deallocate(Interpreter& interpreter, Object* object) {
  interpreter.free_floats.push_back(static_cast<FloatObject*>(object));
}

}  // namespace

Ref new_float(Interpreter& interpreter, double value) {
  FloatObject* object;
  if (!interpreter.free_floats.empty()) {
    object = interpreter.free_floats.back();
    interpreter.free_floats.pop_back();
    object->refcount = 1;
  } else {
    object = new FloatObject;
    object->type = interpreter.float_type;
  }
  object->value = value;
  return Ref::steal(Value::object(object));
}

void release_float_free_list(Interpreter& interpreter) {
  for (FloatObject* object : interpreter.free_floats) delete object;
  interpreter.free_floats.clear();
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
}

}  // namespace krait::runtime
