// Objects: the numeric built-in functions: abs, round, divmod, pow (with a
// modulus), and hex/oct/bin. Ints and floats are handled here directly;
// other types through their special methods, as CPython's number protocol.
#include "objects/builtins_numeric.h"

#include <cmath>
#include <string>

#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/slot_wrappers.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// The one argument of abs(), hex(), ... (CPython's METH_O).
bool single_argument(Interpreter& interpreter, const char* function, std::size_t count, Value kwnames) {
  return reject_keywords(interpreter, function, kwnames) && check_positional(interpreter, function, count, 1, 1);
}

// hex(x), oct(x), bin(x): any object with __index__.
Ref prefixed_text(Interpreter& interpreter, const char* function, int base, const Value* arguments, std::size_t count,
                  Value kwnames) {
  if (!single_argument(interpreter, function, count, kwnames)) return Ref();
  Ref index = number_index(interpreter, arguments[0]);
  if (!index) return Ref();
  return int_to_prefixed_text(interpreter, index.get(), base);
}

// `method` of the left operand, then `reflected` of the right one if its
// type differs, as binary operators try them: NotImplemented when neither
// applies.
Ref binary_special_method(Interpreter& interpreter, Value left, Value right, const char* method,
                          const char* reflected) {
  bool found = true;
  Ref result = call_special(interpreter, left, interpreter.intern(method), &right, 1, found);
  if (found && (!result || result.get() != interpreter.not_implemented())) return result;
  if (type_of(interpreter, left) != type_of(interpreter, right)) {
    result = call_special(interpreter, right, interpreter.intern(reflected), &left, 1, found);
    if (found) return result;
  }
  return Ref::borrow(interpreter.not_implemented());
}

// pow(base, exp, mod) with a modulus: a class's __pow__(exp, mod) (three
// arguments never reach __rpow__), else ints only (CPython's ternary_op).
Ref modular_power(Interpreter& interpreter, Value base, Value exponent, Value modulus) {
  if (type_of(interpreter, base)->is_heap_type) {
    bool found = true;
    const Value arguments[] = {exponent, modulus};
    Ref result = call_special(interpreter, base, interpreter.intern("__pow__"), arguments, 2, found);
    if (found && (!result || result.get() != interpreter.not_implemented())) return result;
  }
  if (is_int(interpreter, base) && is_int(interpreter, exponent) && is_int(interpreter, modulus))
    return int_modular_power(interpreter, base, exponent, modulus);
  auto is_number = [&](Value value) { return is_int(interpreter, value) || is_float(interpreter, value); };
  // complex's power accepts numbers, then refuses any modulus.
  if ((is_complex(interpreter, base) || is_complex(interpreter, exponent)) &&
      (is_number(base) || is_complex(interpreter, base)) && (is_number(exponent) || is_complex(interpreter, exponent)))
    return interpreter.raise(interpreter.ValueError_type, "complex modulo");
  // float's power accepts int and float operands, then refuses the modulus.
  if (is_number(base) && is_number(exponent) &&
      (is_float(interpreter, base) || is_float(interpreter, exponent) || is_float(interpreter, modulus)))
    return interpreter.raise(interpreter.TypeError_type,
                             "pow() 3rd argument not allowed unless all arguments are integers");
  return interpreter.raise(interpreter.TypeError_type, "unsupported operand type(s) for ** or pow(): " +
                                                           quoted_type_name(interpreter, base) + ", " +
                                                           quoted_type_name(interpreter, exponent) + ", " +
                                                           quoted_type_name(interpreter, modulus));
}

}  // namespace

Ref builtin_abs(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "abs", count, kwnames)) return Ref();
  const Value x = arguments[0];
  if (is_int(interpreter, x)) {
    if (int_sign(interpreter, x) < 0) return unary_operation(interpreter, UnaryOperator::Negative, x);
    return int_exact(interpreter, x);
  }
  if (is_float(interpreter, x)) return new_float(interpreter, std::fabs(float_value(x)));
  bool found = true;
  Ref result = call_special(interpreter, x, interpreter.intern("__abs__"), nullptr, 0, found);
  if (found) return result;
  return interpreter.raise(interpreter.TypeError_type,
                           "bad operand type for abs(): " + quoted_type_name(interpreter, x));
}

// round(number, ndigits=None): number.__round__() or number.__round__(ndigits).
Ref builtin_round(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"round", {"number", "ndigits"}, 0, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  const Value number = bound[0], ndigits = bound[1];
  const Type* type = type_of(interpreter, number);
  if (type == interpreter.float_type) return float_round(interpreter, float_value(number), ndigits);
  if (type == interpreter.int_type || type == interpreter.bool_type) return int_round(interpreter, number, ndigits);
  const bool without_digits = ndigits.is_null() || ndigits == interpreter.none();
  bool found = true;
  Ref result = call_special(interpreter, number, interpreter.names.dunder_round, &ndigits, without_digits ? 0 : 1, found);
  if (!found)
    return interpreter.raise(interpreter.TypeError_type, "type " + type->name + " doesn't define __round__ method");
  return result;
}

Ref builtin_divmod(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "divmod", kwnames) || !check_argument_count(interpreter, "divmod", count, 2, 2))
    return Ref();
  const Value left = arguments[0], right = arguments[1];
  if (is_int(interpreter, left) && is_int(interpreter, right)) return int_divmod(interpreter, left, right);
  if (is_float(interpreter, left) || is_float(interpreter, right)) {
    Ref result = float_divmod(interpreter, left, right);
    if (!result || result.get() != interpreter.not_implemented()) return result;
  }
  Ref result = binary_special_method(interpreter, left, right, "__divmod__", "__rdivmod__");
  if (!result || result.get() != interpreter.not_implemented()) return result;
  return interpreter.raise(interpreter.TypeError_type, "unsupported operand type(s) for divmod(): " +
                                                           quoted_type_name(interpreter, left) + " and " +
                                                           quoted_type_name(interpreter, right));
}

// pow(base, exp, mod=None).
Ref builtin_pow(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!bind_arguments(interpreter, {"pow", {"base", "exp", "mod"}, 0, 0, 2}, arguments, count, kwnames, bound))
    return Ref();
  if (bound[2].is_null() || bound[2] == interpreter.none())
    return binary_operation(interpreter, BinaryOperator::POWER, bound[0], bound[1], false);
  return modular_power(interpreter, bound[0], bound[1], bound[2]);
}

Ref builtin_hex(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return prefixed_text(interpreter, "hex", 16, arguments, count, kwnames);
}

Ref builtin_oct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return prefixed_text(interpreter, "oct", 8, arguments, count, kwnames);
}

Ref builtin_bin(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return prefixed_text(interpreter, "bin", 2, arguments, count, kwnames);
}

}  // namespace krait::runtime
