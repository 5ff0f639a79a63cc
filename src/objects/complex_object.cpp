// Objects: complex (see complex_object.h): arithmetic with int, float and
// complex operands on either side, equality with ints and floats, repr,
// hash, the constructor (numbers, strs, __complex__) and the methods.
#include "objects/complex_object.h"

#include <cerrno>
#include <cmath>
#include <string>

#include "objects/descriptor_object.h"
#include "objects/float_object.h"
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

// CPython's TO_COMPLEX: an int (converted, which can raise OverflowError),
// a float or a complex as a complex. Returns 0 for other types, -1 on error.
int operand_value(Interpreter& interpreter, Value value, Complex& out) {
  if (is_complex(interpreter, value)) {
    out = complex_value(value);
    return 1;
  }
  if (is_float(interpreter, value)) {
    out = {float_value(value), 0.0};
    return 1;
  }
  if (!is_int(interpreter, value)) return 0;
  out.imag = 0.0;
  return int_to_double(interpreter, value, out.real) ? 1 : -1;
}

Complex product(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

}  // namespace

// CPython's _Py_c_quot: Smith's algorithm, dividing through by the larger
// part of the divisor. errno is EDOM for a zero divisor.
Complex complex_quotient(Complex a, Complex b) {
  const double abs_real = std::fabs(b.real), abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    const double ratio = b.imag / b.real;
    const double denominator = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
  }
  if (abs_imag >= abs_real) {
    const double ratio = b.real / b.imag;
    const double denominator = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
  }
  return {NAN, NAN};  // a part of the divisor is a NaN
}

namespace {

// CPython's c_powu: repeated squaring for a non-negative integral exponent.
Complex power_unsigned(Complex x, long n) {
  Complex result{1.0, 0.0};
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) result = product(result, x);
    mask <<= 1;
    x = product(x, x);
  }
  return result;
}

// CPython's _Py_c_pow: the polar form. errno is EDOM for zero raised to a
// negative or complex power, else whatever libm left there.
Complex power_general(Complex a, Complex b) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  const double magnitude = std::hypot(a.real, a.imag);
  double length = std::pow(magnitude, b.real);
  const double angle = std::atan2(a.imag, a.real);
  double phase = angle * b.real;
  if (b.imag != 0.0) {
    length /= std::exp(angle * b.imag);
    phase += b.imag * std::log(magnitude);
  }
  return {length * std::cos(phase), length * std::sin(phase)};
}

template <BinaryOperator op>
Ref complex_binary(Interpreter& interpreter, Value left, Value right) {
  Complex a, b;
  const int left_kind = operand_value(interpreter, left, a);
  if (left_kind <= 0) return left_kind < 0 ? Ref() : Ref::borrow(interpreter.not_implemented());
  const int right_kind = operand_value(interpreter, right, b);
  if (right_kind <= 0) return right_kind < 0 ? Ref() : Ref::borrow(interpreter.not_implemented());
  if constexpr (op == BinaryOperator::ADD) return new_complex(interpreter, {a.real + b.real, a.imag + b.imag});
  if constexpr (op == BinaryOperator::SUBTRACT) return new_complex(interpreter, {a.real - b.real, a.imag - b.imag});
  if constexpr (op == BinaryOperator::MULTIPLY) return new_complex(interpreter, product(a, b));
  if constexpr (op == BinaryOperator::TRUE_DIVIDE) {
    errno = 0;
    const Complex result = complex_quotient(a, b);
    if (errno == EDOM) return interpreter.raise(interpreter.ZeroDivisionError_type, "complex division by zero");
    return new_complex(interpreter, result);
  }
  if constexpr (op == BinaryOperator::POWER) return complex_power(interpreter, a, b);
}

// complex has + - * / and **; the other operators are not defined on it.
template <BinaryOperator op>
constexpr BinarySlot complex_slot() {
  if constexpr (op == BinaryOperator::ADD || op == BinaryOperator::SUBTRACT || op == BinaryOperator::MULTIPLY ||
                op == BinaryOperator::TRUE_DIVIDE || op == BinaryOperator::POWER) {
    return &complex_binary<op>;
  } else {
    return nullptr;
  }
}

// CPython's complex_richcompare: only == and != are defined; an int is
// compared exactly with the real part when the imaginary part is zero.
Ref complex_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Ref::borrow(interpreter.not_implemented());
  const Complex self = complex_value(left);
  bool equal = false;
  if (is_int(interpreter, right)) {
    if (self.imag == 0.0) {
      Ref real = new_float(interpreter, self.real);
      return compare(interpreter, real.get(), right, op);
    }
  } else if (is_float(interpreter, right)) {
    equal = self.real == float_value(right) && self.imag == 0.0;
  } else if (is_complex(interpreter, right)) {
    const Complex other = complex_value(right);
    equal = self.real == other.real && self.imag == other.imag;
  } else {
    return Ref::borrow(interpreter.not_implemented());
  }
  return interpreter.new_boolean(equal == (op == CompareOp::Eq));
}

// CPython's complex_repr: "1j" when the real part is +0, else "(1+1j)",
// each part in repr's shortest digits without a forced ".0".
Ref complex_repr(Interpreter& interpreter, Value self) {
  const Complex value = complex_value(self);
  const bool real_shown = value.real != 0.0 || std::signbit(value.real);
  DoubleFormatFlags imag_flags;
  imag_flags.always_sign = real_shown;
  std::string text;
  if (real_shown) {
    text += '(';
    text += double_to_string(value.real, 'r', 0);
  }
  text += double_to_string(value.imag, 'r', 0, imag_flags);
  text += 'j';
  if (real_shown) text += ')';
  return new_str(interpreter, text);
}

// CPython's complex_hash: hash(real) + 1000003 * hash(imag), wrapping.
std::int64_t complex_hash(Interpreter&, Value self) {
  const Complex value = complex_value(self);
  constexpr std::uint64_t imaginary_multiplier = 1000003;
  const auto real = static_cast<std::uint64_t>(hash_double(value.real, self.as_object()));
  const auto imag = static_cast<std::uint64_t>(hash_double(value.imag, self.as_object()));
  const auto combined = static_cast<std::int64_t>(real + imaginary_multiplier * imag);
  return combined == -1 ? -2 : combined;
}

int complex_truth(Interpreter&, Value self) {
  const Complex value = complex_value(self);
  return value.real != 0.0 || value.imag != 0.0;
}

Ref complex_negative(Interpreter& interpreter, Value self) {
  const Complex value = complex_value(self);
  return new_complex(interpreter, {-value.real, -value.imag});
}

Ref complex_positive(Interpreter& interpreter, Value self) { return new_complex(interpreter, complex_value(self)); }

// CPython's try_complex_special_method: the result of __complex__, which
// must be a complex; null with `found` false when the type has none.
Ref call_dunder_complex(Interpreter& interpreter, Value value, bool& found) {
  Ref result = call_special(interpreter, value, interpreter.names.dunder_complex, nullptr, 0, found);
  if (!found || !result || is_complex(interpreter, result.get())) return result;
  return interpreter.raise(interpreter.TypeError_type, "__complex__ returned non-complex (type " +
                                                           std::string(type_name(interpreter, result.get())) + ")");
}

// Whether complex() takes the value as a number: a complex, or a type
// with __float__ or __index__ (CPython's nb_float / nb_index check).
bool is_number_argument(Interpreter& interpreter, Value value) {
  return is_complex(interpreter, value) || is_float(interpreter, value) || is_int(interpreter, value) ||
         !lookup_special(interpreter, value, interpreter.names.dunder_float).is_null() ||
         !lookup_special(interpreter, value, interpreter.names.dunder_index).is_null();
}

Ref complex_from_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames);

// complex(...), and a subclass's instance holding the value.
Ref complex_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Ref value = complex_from_arguments(interpreter, arguments, count, kwnames);
  auto* type = static_cast<Type*>(callee.as_object());
  if (!value || type == interpreter.complex_type) return value;
  auto* object = new ComplexObject;
  set_object_type(object, type);
  object->value = complex_value(value.get());
  return Ref::steal(Value::object(object));
}

// The value of complex(real=0, imag=0): CPython's complex_new_impl.
Ref complex_from_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"complex", {"real", "imag"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  Value real = bound[0].is_null() ? Value::small_int(0) : bound[0];
  const Value imag = bound[1];
  if (imag.is_null() && real.is_object() && real.as_object()->type == interpreter.complex_type)
    return Ref::borrow(real);
  if (is_str(interpreter, real)) {
    if (!imag.is_null())
      return interpreter.raise(interpreter.TypeError_type, "complex() can't take second arg if first is a string");
    return complex_from_text(interpreter, real);
  }
  if (!imag.is_null() && is_str(interpreter, imag))
    return interpreter.raise(interpreter.TypeError_type, "complex() second arg can't be a string");
  bool found = true;
  Ref converted = call_dunder_complex(interpreter, real, found);
  if (found) {
    if (!converted) return Ref();
    real = converted.get();
  }
  if (!is_number_argument(interpreter, real))
    return interpreter.raise(interpreter.TypeError_type, "complex() first argument must be a string or a number, not " +
                                                             quoted_type_name(interpreter, real));
  if (!imag.is_null() && !is_number_argument(interpreter, imag))
    return interpreter.raise(interpreter.TypeError_type,
                             "complex() second argument must be a number, not " + quoted_type_name(interpreter, imag));
  // real + imag * 1j, where either part may itself be complex.
  Complex first, second;
  const bool first_is_complex = is_complex(interpreter, real);
  if (first_is_complex) {
    first = complex_value(real);
  } else {
    Ref number = number_to_float(interpreter, real);
    if (!number) return Ref();
    first = {float_value(number.get()), 0.0};
  }
  bool second_is_complex = false;
  if (imag.is_null()) {
    second.real = first.imag;
  } else if (is_complex(interpreter, imag)) {
    second = complex_value(imag);
    second_is_complex = true;
  } else {
    Ref number = number_to_float(interpreter, imag);
    if (!number) return Ref();
    second.real = float_value(number.get());
  }
  if (second_is_complex) first.real -= second.imag;
  if (first_is_complex && !imag.is_null()) second.real += first.imag;
  return new_complex(interpreter, {first.real, second.real});
}

Ref complex_conjugate(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "complex.conjugate", count, kwnames)) return Ref();
  const Complex value = complex_value(self);
  return new_complex(interpreter, {value.real, -value.imag});
}

Ref complex_dunder_complex(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "complex.__complex__", count, kwnames)) return Ref();
  if (self.as_object()->type == interpreter.complex_type) return Ref::borrow(self);
  return new_complex(interpreter, complex_value(self));
}

// CPython's _Py_c_abs: infinite when a part is, even beside a NaN.
Ref complex_abs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "complex.__abs__", count, kwnames)) return Ref();
  const Complex value = complex_value(self);
  if (std::isinf(value.real)) return new_float(interpreter, std::fabs(value.real));
  if (std::isinf(value.imag)) return new_float(interpreter, std::fabs(value.imag));
  if (std::isnan(value.real) || std::isnan(value.imag)) return new_float(interpreter, NAN);
  const double result = std::hypot(value.real, value.imag);
  if (std::isinf(result)) return interpreter.raise(interpreter.OverflowError_type, "absolute value too large");
  return new_float(interpreter, result);
}

Ref complex_getnewargs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "complex.__getnewargs__", count, kwnames)) return Ref();
  const Complex value = complex_value(self);
  Ref real = new_float(interpreter, value.real);
  Ref imag = new_float(interpreter, value.imag);
  const Value items[] = {real.get(), imag.get()};
  return new_tuple(interpreter, items);
}

Ref complex_real(Interpreter& interpreter, Value self) { return new_float(interpreter, complex_value(self).real); }
Ref complex_imag(Interpreter& interpreter, Value self) { return new_float(interpreter, complex_value(self).imag); }

void complex_deallocate(Interpreter& interpreter, Object* object) {
  // A subclass's instances are freed.
  if (object->type != interpreter.complex_type || !interpreter.free_complexes.give(static_cast<ComplexObject*>(object)))
    delete static_cast<ComplexObject*>(object);
}

}  // namespace

bool complex_argument(Interpreter& interpreter, Value value, Complex& out) {
  if (is_complex(interpreter, value)) {
    out = complex_value(value);
    return true;
  }
  bool found = true;
  Ref converted = call_dunder_complex(interpreter, value, found);
  if (found) {
    if (!converted) return false;
    out = complex_value(converted.get());
    return true;
  }
  out.imag = 0.0;
  return float_argument(interpreter, value, out.real);
}


Ref new_complex(Interpreter& interpreter, Complex value) {
  ComplexObject* object = interpreter.free_complexes.take();
  if (!object) object = new ComplexObject;
  object->type = interpreter.complex_type;
  object->value = value;
  return Ref::steal(Value::object(object));
}

bool is_complex(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.complex_type);
}

// CPython's complex_pow: an integral exponent up to 100 in magnitude by
// repeated squaring (exact for small powers), any other by the polar form.
Ref complex_power(Interpreter& interpreter, Complex base, Complex exponent) {
  errno = 0;
  Complex result;
  if (exponent.imag == 0.0 && exponent.real == std::floor(exponent.real) && std::fabs(exponent.real) <= 100.0) {
    const long n = static_cast<long>(exponent.real);
    result = n > 0 ? power_unsigned(base, n) : complex_quotient({1.0, 0.0}, power_unsigned(base, -n));
  } else {
    result = power_general(base, exponent);
  }
  // CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow.
  if (std::isinf(result.real) || std::isinf(result.imag)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM)
    return interpreter.raise(interpreter.ZeroDivisionError_type, "0.0 to a negative or complex power");
  if (errno == ERANGE) return interpreter.raise(interpreter.OverflowError_type, "complex exponentiation");
  return new_complex(interpreter, result);
}

void init_complex_type(Interpreter& interpreter) {
  Type* type = interpreter.complex_type;
  type->deallocate = &complex_deallocate;
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) type->slot = complex_slot<BinaryOperator::Name>();
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
  type->compare = &complex_compare;
  type->repr = &complex_repr;
  type->hash = &complex_hash;
  type->truth = &complex_truth;
  type->negative = &complex_negative;
  type->positive = &complex_positive;
  type->construct = &complex_construct;
  add_methods(interpreter, type,
              {{"conjugate", &complex_conjugate},
               {"__complex__", &complex_dunder_complex},
               {"__abs__", &complex_abs},
               {"__getnewargs__", &complex_getnewargs}});
  add_getsets(interpreter, type, {{"real", &complex_real}, {"imag", &complex_imag}});
}

}  // namespace krait::runtime
