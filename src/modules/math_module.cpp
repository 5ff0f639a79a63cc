// Native modules: math, after CPython 3.11's Modules/mathmodule.c. Float
// functions call the C library (the one CPython calls too, so results agree
// to the bit) behind CPython's error rules: a NaN from a non-NaN argument is
// "math domain error", an infinity from a finite one "math range error"
// (OverflowError) or a domain error at a singularity. gamma, lgamma, fsum
// and hypot/dist follow CPython's own algorithms; integer functions
// (factorial, isqrt, comb, perm, gcd, lcm) are exact, through GMP.
#include <gmp.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "modules/module_types.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/slot_wrappers.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;
// PyFloat_AsDouble, the "d" converter of the functions taking reals.
using runtime::float_argument;

constexpr double pi = 3.141592653589793238462643383279502884197;
constexpr double log_pi = 1.144729885849400174143427351353058711647;
constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

Ref domain_error(Interpreter& interpreter) { return interpreter.raise(interpreter.ValueError_type, "math domain error"); }
Ref range_error(Interpreter& interpreter) { return interpreter.raise(interpreter.OverflowError_type, "math range error"); }

// A GMP integer freed with its scope.
struct BigInt {
  mpz_t value;
  BigInt() { mpz_init(value); }
  ~BigInt() { mpz_clear(value); }
  BigInt(const BigInt&) = delete;
  BigInt& operator=(const BigInt&) = delete;
};

// An int's value into `out`. Precondition: is_int(value).
void int_to_mpz(Interpreter& interpreter, Value value, mpz_t out) {
  Ref exact = runtime::int_exact(interpreter, value);
  if (exact.get().is_small_int())
    mpz_set_si(out, exact.get().as_small_int());
  else
    mpz_set(out, static_cast<runtime::IntObject*>(exact.get().as_object())->value);
}

// operator.index(value) as a GMP integer: false with TypeError pending.
bool index_to_mpz(Interpreter& interpreter, Value value, mpz_t out) {
  Ref index = runtime::number_index(interpreter, value);
  if (!index) return false;
  int_to_mpz(interpreter, index.get(), out);
  return true;
}

// A libm result, or CPython's is_error for the errno it set: EDOM is a
// domain error, ERANGE an overflow unless the result underflowed (|r| < 1.5).
Ref float_result(Interpreter& interpreter, int error, double result) {
  if (error == EDOM) return domain_error(interpreter);
  if (error == ERANGE && std::fabs(result) >= 1.5) return range_error(interpreter);
  return runtime::new_float(interpreter, result);
}

// "math.pow() takes no keyword arguments" (the qualified name built only
// when there are keywords).
bool no_keywords(Interpreter& interpreter, const char* name, Value kwnames) {
  return kwnames.is_null() || runtime::reject_keywords(interpreter, std::string("math.") + name, kwnames);
}

// ---- functions of one float (CPython's math_1) ------------------------------

// sin(pi * x), accurate for integral x too (the gamma reflection formula).
double sin_pi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  const int n = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0: r = std::sin(pi * y); break;
    case 1: r = std::cos(pi * (y - 0.5)); break;
    case 2: r = std::sin(pi * (1.0 - y)); break;  // not -sin(pi*(y-1)): that is -0.0 at y == 1
    case 3: r = -std::cos(pi * (y - 1.5)); break;
    default: r = std::sin(pi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// The Lanczos approximation CPython uses (N = 13, g = 6.0246...), as a
// rational function: numerator and denominator coefficients.
constexpr int lanczos_n = 13;
constexpr double lanczos_g = 6.024680040776729583740234375;
constexpr double lanczos_g_minus_half = 5.524680040776729583740234375;
constexpr double lanczos_numerator[lanczos_n] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double lanczos_denominator[lanczos_n] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                   45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                   1925.0,     66.0,       1.0};

// The Lanczos sum for x > 0: in x below 5, in 1/x above (no overflow).
double lanczos_sum(double x) {
  double numerator = 0.0, denominator = 0.0;
  if (x < 5.0) {
    for (int i = lanczos_n - 1; i >= 0; --i) {
      numerator = numerator * x + lanczos_numerator[i];
      denominator = denominator * x + lanczos_denominator[i];
    }
  } else {
    for (int i = 0; i < lanczos_n; ++i) {
      numerator = numerator / x + lanczos_numerator[i];
      denominator = denominator / x + lanczos_denominator[i];
    }
  }
  return numerator / denominator;
}

// CPython's m_tgamma: Lanczos for x > 0, reflection below, with the
// correction for the rounding of x + g - 0.5; sets `error`.
double gamma_function(double x, int& error) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    error = EDOM;
    return not_a_number;
  }
  if (x == 0.0) {
    error = EDOM;
    return std::copysign(infinity, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      error = EDOM;
      return not_a_number;
    }
    if (x <= 23.0) {  // exact: (x - 1)!
      double factorial = 1.0;
      for (int i = 2; i < static_cast<int>(x); ++i) factorial *= i;
      return factorial;
    }
  }
  const double magnitude = std::fabs(x);
  if (magnitude < 1e-20) {
    const double r = 1.0 / x;
    if (std::isinf(r)) error = ERANGE;
    return r;
  }
  if (magnitude > 200.0) {
    if (x < 0.0) return 0.0 / sin_pi(x);
    error = ERANGE;
    return infinity;
  }
  const double y = magnitude + lanczos_g_minus_half;
  // The rounding error of y, scaled: the correction term.
  double z = magnitude > lanczos_g_minus_half ? (y - magnitude) - lanczos_g_minus_half
                                              : (y - lanczos_g_minus_half) - magnitude;
  z = z * lanczos_g / y;
  double r = 0.0;
  if (x < 0.0) {
    r = -pi / sin_pi(magnitude) / magnitude * std::exp(y) / lanczos_sum(magnitude);
    r -= z * r;
    if (magnitude < 140.0) {
      r /= std::pow(y, magnitude - 0.5);
    } else {
      const double root = std::pow(y, magnitude / 2.0 - 0.25);
      r /= root;
      r /= root;
    }
  } else {
    r = lanczos_sum(magnitude) / std::exp(y);
    r += z * r;
    if (magnitude < 140.0) {
      r *= std::pow(y, magnitude - 0.5);
    } else {
      const double root = std::pow(y, magnitude / 2.0 - 0.25);
      r *= root;
      r *= root;
    }
  }
  if (std::isinf(r)) error = ERANGE;
  return r;
}

// CPython's m_lgamma.
double log_gamma_function(double x, int& error) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : infinity;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      error = EDOM;
      return infinity;
    }
    return 0.0;
  }
  const double magnitude = std::fabs(x);
  if (magnitude < 1e-20) return -std::log(magnitude);
  double r = std::log(lanczos_sum(magnitude)) - lanczos_g;
  r += (magnitude - 0.5) * (std::log(magnitude + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = log_pi - std::log(std::fabs(sin_pi(magnitude))) - std::log(magnitude) - r;
  if (std::isinf(r)) error = ERANGE;
  return r;
}

using Function1 = double (*)(double);

template <const char* name>
bool one_argument(Interpreter& interpreter, std::size_t count, Value kwnames) {
  return runtime::check_one_argument(interpreter, name, count, kwnames);
}

// A libm function of one float with CPython's math_1 rules; `can_overflow`
// tells an overflow (OverflowError) from a singularity (ValueError).
template <const char* name, Function1 function, bool can_overflow>
Ref math_1(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0;
  if (!one_argument<name>(interpreter, count, kwnames) || !float_argument(interpreter, arguments[0], x)) return Ref();
  errno = 0;
  const double r = function(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(interpreter);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(interpreter) : domain_error(interpreter);
  return float_result(interpreter, std::isfinite(r) ? errno : 0, r);
}

// gamma and lgamma (CPython's math_1a): the function reports its errors.
template <const char* name, double (*function)(double, int&)>
Ref math_1a(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0;
  if (!one_argument<name>(interpreter, count, kwnames) || !float_argument(interpreter, arguments[0], x)) return Ref();
  int error = 0;
  const double r = function(x, error);
  return float_result(interpreter, error, r);
}

#define KRAIT_MATH_NAME(function) constexpr char function##_name[] = "math." #function;
KRAIT_MATH_NAME(acos)
KRAIT_MATH_NAME(acosh)
KRAIT_MATH_NAME(asin)
KRAIT_MATH_NAME(asinh)
KRAIT_MATH_NAME(atan)
KRAIT_MATH_NAME(atanh)
KRAIT_MATH_NAME(cbrt)
KRAIT_MATH_NAME(cos)
KRAIT_MATH_NAME(cosh)
KRAIT_MATH_NAME(erf)
KRAIT_MATH_NAME(erfc)
KRAIT_MATH_NAME(exp)
KRAIT_MATH_NAME(exp2)
KRAIT_MATH_NAME(expm1)
KRAIT_MATH_NAME(fabs)
KRAIT_MATH_NAME(log1p)
KRAIT_MATH_NAME(sin)
KRAIT_MATH_NAME(sinh)
KRAIT_MATH_NAME(sqrt)
KRAIT_MATH_NAME(tan)
KRAIT_MATH_NAME(tanh)
KRAIT_MATH_NAME(gamma)
KRAIT_MATH_NAME(lgamma)
KRAIT_MATH_NAME(degrees)
KRAIT_MATH_NAME(radians)
KRAIT_MATH_NAME(isfinite)
KRAIT_MATH_NAME(isinf)
KRAIT_MATH_NAME(isnan)
KRAIT_MATH_NAME(frexp)
KRAIT_MATH_NAME(modf)
KRAIT_MATH_NAME(ulp)
KRAIT_MATH_NAME(trunc)
KRAIT_MATH_NAME(floor)
KRAIT_MATH_NAME(ceil)
KRAIT_MATH_NAME(factorial)
KRAIT_MATH_NAME(isqrt)
KRAIT_MATH_NAME(log2)
KRAIT_MATH_NAME(log10)
KRAIT_MATH_NAME(fsum)
#undef KRAIT_MATH_NAME

double degrees(double x) { return x * (180.0 / pi); }
double radians(double x) { return x * (pi / 180.0); }

// isfinite, isinf, isnan.
template <const char* name, bool (*test)(double)>
Ref math_test(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0;
  if (!one_argument<name>(interpreter, count, kwnames) || !float_argument(interpreter, arguments[0], x)) return Ref();
  return interpreter.new_boolean(test(x));
}
bool is_finite(double x) { return std::isfinite(x); }
bool is_infinite(double x) { return std::isinf(x); }
bool is_nan(double x) { return std::isnan(x); }

Ref float_pair(Interpreter& interpreter, Ref first, Ref second) {
  if (!first || !second) return Ref();
  const Value items[] = {first.get(), second.get()};
  return runtime::new_tuple(interpreter, items);
}

Ref math_frexp(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0;
  if (!one_argument<frexp_name>(interpreter, count, kwnames) || !float_argument(interpreter, arguments[0], x))
    return Ref();
  int exponent = 0;
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &exponent);
  return float_pair(interpreter, runtime::new_float(interpreter, x), Ref::small_int(exponent));
}

Ref math_modf(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0;
  if (!one_argument<modf_name>(interpreter, count, kwnames) || !float_argument(interpreter, arguments[0], x))
    return Ref();
  double integral = x;
  double fraction = x;  // NaN: both NaN
  if (std::isinf(x))
    fraction = std::copysign(0.0, x);
  else if (!std::isnan(x))
    fraction = std::modf(x, &integral);
  return float_pair(interpreter, runtime::new_float(interpreter, fraction), runtime::new_float(interpreter, integral));
}

Ref math_ulp(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0;
  if (!one_argument<ulp_name>(interpreter, count, kwnames) || !float_argument(interpreter, arguments[0], x)) return Ref();
  if (std::isnan(x)) return runtime::new_float(interpreter, x);
  x = std::fabs(x);
  if (std::isinf(x)) return runtime::new_float(interpreter, x);
  const double above = std::nextafter(x, infinity);
  if (std::isinf(above)) return runtime::new_float(interpreter, x - std::nextafter(x, -infinity));
  return runtime::new_float(interpreter, above - x);
}

// trunc, floor, ceil: a float's integral part as an int; other objects
// through __trunc__ / __floor__ / __ceil__ (floor and ceil fall back to
// the value as a float).
template <const char* name, double (*round)(double), bool float_fallback>
Ref math_integral(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument<name>(interpreter, count, kwnames)) return Ref();
  const Value x = arguments[0];
  if (runtime::type_of(interpreter, x) == interpreter.float_type)
    return runtime::int_from_double(interpreter, round(runtime::float_value(x)));
  const std::string_view short_name = std::string_view(name).substr(5);
  const Value special = interpreter.intern("__" + std::string(short_name) + "__");
  bool found = true;
  Ref result = runtime::call_special(interpreter, x, special, nullptr, 0, found);
  if (found || interpreter.has_exception()) return result;
  if (!float_fallback)
    return interpreter.raise(interpreter.TypeError_type, "type " + std::string(runtime::type_name(interpreter, x)) +
                                                             " doesn't define __trunc__ method");
  double value = 0.0;
  if (!float_argument(interpreter, x, value)) return Ref();
  return runtime::int_from_double(interpreter, round(value));
}
double trunc_double(double x) { return std::trunc(x); }
double floor_double(double x) { return std::floor(x); }
double ceil_double(double x) { return std::ceil(x); }

// ---- functions of two floats (CPython's math_2) ----------------------------

template <const char* name>
bool two_reals(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames, double& x,
               double& y) {
  return no_keywords(interpreter, name, kwnames) && runtime::check_argument_count(interpreter, name, count, 2, 2) &&
         float_argument(interpreter, arguments[0], x) && float_argument(interpreter, arguments[1], y);
}

template <const char* name, double (*function)(double, double), bool can_overflow>
Ref math_2(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0, y = 0.0;
  if (!two_reals<name>(interpreter, arguments, count, kwnames, x, y)) return Ref();
  errno = 0;
  const double r = function(x, y);
  int error = 0;
  if (std::isnan(r))
    error = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  else if (std::isinf(r))
    error = std::isfinite(x) && std::isfinite(y) ? (can_overflow ? ERANGE : EDOM) : 0;
  return float_result(interpreter, error, r);
}

constexpr char atan2_name[] = "atan2";
constexpr char copysign_name[] = "copysign";
constexpr char remainder_name[] = "remainder";
constexpr char nextafter_name[] = "nextafter";
constexpr char fmod_name[] = "fmod";
constexpr char pow_name[] = "pow";
constexpr char ldexp_name[] = "ldexp";
constexpr char dist_name[] = "dist";
constexpr char comb_name[] = "comb";
constexpr char perm_name[] = "perm";

double atan2_double(double y, double x) { return std::atan2(y, x); }
double copysign_double(double x, double y) { return std::copysign(x, y); }
double remainder_double(double x, double y) { return std::remainder(x, y); }

Ref math_nextafter(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0, y = 0.0;
  if (!two_reals<nextafter_name>(interpreter, arguments, count, kwnames, x, y)) return Ref();
  return runtime::new_float(interpreter, std::nextafter(x, y));
}

Ref math_fmod(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0, y = 0.0;
  if (!two_reals<fmod_name>(interpreter, arguments, count, kwnames, x, y)) return Ref();
  if (std::isinf(y) && std::isfinite(x)) return runtime::new_float(interpreter, x);
  const double r = std::fmod(x, y);
  return float_result(interpreter, std::isnan(r) && !std::isnan(x) && !std::isnan(y) ? EDOM : 0, r);
}

// pow(x, y): IEEE special values handled directly (C99 Annex F), finite
// ones by libm; 0.0 ** negative is a domain error, overflow a range error.
Ref math_pow(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  double x = 0.0, y = 0.0;
  if (!two_reals<pow_name>(interpreter, arguments, count, kwnames, x, y)) return Ref();
  double r = 0.0;
  int error = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      const bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0.0)
        r = 1.0;
      else
        r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else if (std::fabs(x) == 1.0) {
      r = 1.0;
    } else if (y > 0.0 && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0.0 && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r))
      error = EDOM;
    else if (std::isinf(r))
      error = x == 0.0 ? EDOM : ERANGE;
  }
  return float_result(interpreter, error, r);
}

Ref math_ldexp(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!no_keywords(interpreter, ldexp_name, kwnames) ||
      !runtime::check_argument_count(interpreter, ldexp_name, count, 2, 2))
    return Ref();
  double x = 0.0;
  if (!float_argument(interpreter, arguments[0], x)) return Ref();
  if (!runtime::is_int(interpreter, arguments[1]))
    return interpreter.raise(interpreter.TypeError_type, "Expected an int as second argument to ldexp.");
  std::int64_t exponent = 0;
  if (!runtime::int_to_int64(interpreter, arguments[1], exponent))
    exponent = runtime::int_sign(interpreter, arguments[1]) < 0 ? std::numeric_limits<std::int64_t>::min()
                                                                 : std::numeric_limits<std::int64_t>::max();
  double r = x;
  int error = 0;
  if (x == 0.0 || !std::isfinite(x)) {
    // NaNs, zeros and infinities are returned unchanged.
  } else if (exponent > std::numeric_limits<int>::max()) {
    r = std::copysign(infinity, x);
    error = ERANGE;
  } else if (exponent < std::numeric_limits<int>::min()) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(exponent));
    if (std::isinf(r)) error = ERANGE;
  }
  return float_result(interpreter, error, r);
}

// ---- logarithms ------------------------------------------------------------

// log, log2 or log10 of a float, as libm with CPython's special cases.
template <double (*function)(double)>
double checked_log(double x, int& error) {
  if (std::isfinite(x)) {
    if (x > 0.0) return function(x);
    error = EDOM;
    return x == 0.0 ? -infinity : not_a_number;
  }
  if (std::isnan(x) || x > 0.0) return x;
  error = EDOM;
  return not_a_number;
}

// An int beyond the float range as mantissa * 2**exponent, the mantissa in
// [0.5, 1) correctly rounded (CPython's _PyLong_Frexp). Precondition: > 0.
double big_int_frexp(const mpz_t value, std::int64_t& exponent) {
  const std::size_t bits = mpz_sizeinbase(value, 2);
  // The top 55 bits and a sticky bit for the rest: converting that to a
  // double rounds as the whole value would.
  BigInt top;
  mpz_tdiv_q_2exp(top.value, value, bits - 55);
  std::uint64_t head = mpz_get_ui(top.value);
  if (mpz_scan1(value, 0) < bits - 55) head |= 1;
  double mantissa = std::ldexp(static_cast<double>(head), -55);
  exponent = static_cast<std::int64_t>(bits);
  if (mantissa == 1.0) {
    mantissa = 0.5;
    ++exponent;
  }
  return mantissa;
}

// CPython's loghelper: ints of any size (log(x) = log(m) + e log(2)),
// other values as floats through libm.
template <double (*function)(double)>
Ref log_of(Interpreter& interpreter, Value x) {
  if (runtime::is_int(interpreter, x)) {
    if (runtime::int_sign(interpreter, x) <= 0) return domain_error(interpreter);
    double value = 0.0;
    if (runtime::int_to_double(interpreter, x, value)) return runtime::new_float(interpreter, function(value));
    if (!interpreter.exception_is(interpreter.OverflowError_type)) return Ref();
    Ref ignored = interpreter.take_exception();
    BigInt big;
    int_to_mpz(interpreter, x, big.value);
    std::int64_t exponent = 0;
    const double mantissa = big_int_frexp(big.value, exponent);
    return runtime::new_float(interpreter, function(mantissa) + function(2.0) * static_cast<double>(exponent));
  }
  double value = 0.0;
  if (!float_argument(interpreter, x, value)) return Ref();
  int error = 0;
  const double r = checked_log<function>(value, error);
  if (std::isnan(r) && !std::isnan(value)) return domain_error(interpreter);
  if (std::isinf(r) && std::isfinite(value)) return domain_error(interpreter);
  return float_result(interpreter, error, r);
}

double natural_log(double x) { return std::log(x); }
double log_base_2(double x) { return std::log2(x); }
double log_base_10(double x) { return std::log10(x); }

Ref math_log(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "log", kwnames)) return Ref();
  if (count < 1 || count > 2) return interpreter.raise(interpreter.TypeError_type, "math.log requires 1 to 2 arguments");
  Ref numerator = log_of<natural_log>(interpreter, arguments[0]);
  if (!numerator || count == 1) return numerator;
  Ref denominator = log_of<natural_log>(interpreter, arguments[1]);
  if (!denominator) return Ref();
  return runtime::binary_operation(interpreter, runtime::BinaryOperator::TRUE_DIVIDE, numerator.get(),
                                   denominator.get(), false);
}

template <const char* name, double (*function)(double)>
Ref math_log_base(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument<name>(interpreter, count, kwnames)) return Ref();
  return log_of<function>(interpreter, arguments[0]);
}

// ---- sums and norms --------------------------------------------------------

// fsum(iterable): Shewchuk's exact sum of partials, correctly rounded at the
// end with CPython's half-even fix-up across partials.
Ref math_fsum(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument<fsum_name>(interpreter, count, kwnames)) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  std::vector<double> partials;
  double special_sum = 0.0, infinite_sum = 0.0;
  for (;;) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) {
      if (interpreter.has_exception()) return Ref();
      break;
    }
    double x = 0.0;
    if (!float_argument(interpreter, item.get(), x)) return Ref();
    const double original = x;
    std::size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double high = x + y;
      const double low = y - (high - x);
      if (low != 0.0) partials[kept++] = low;
      x = high;
    }
    partials.resize(kept);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an infinity or NaN among the items, or an overflow.
        if (std::isfinite(original))
          return interpreter.raise(interpreter.OverflowError_type, "intermediate overflow in fsum");
        if (std::isinf(original)) infinite_sum += original;
        special_sum += original;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(infinite_sum)) return interpreter.raise(interpreter.ValueError_type, "-inf + inf in fsum");
    return runtime::new_float(interpreter, special_sum);
  }
  double high = 0.0;
  std::size_t n = partials.size();
  if (n > 0) {
    high = partials[--n];
    double low = 0.0;
    // Add from the top while the sum stays exact.
    while (n > 0) {
      const double x = high;
      const double y = partials[--n];
      high = x + y;
      low = y - (high - x);
      if (low != 0.0) break;
    }
    // Round half-even across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0))) {
      const double y = low * 2.0;
      const double x = high + y;
      if (y == x - high) high = x;
    }
  }
  return runtime::new_float(interpreter, high);
}

// sqrt(sum(x**2 for x in values)) as CPython's vector_norm computes it:
// power-of-two scaling, Veltkamp-Dekker squaring, compensated summation and
// a differential correction of the root, so that hypot() and dist() agree
// with CPython's to the bit. `max` is the largest |x|.
double vector_norm(const std::vector<double>& values, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return not_a_number;
  if (max == 0.0 || values.size() <= 1) return max;
  constexpr double t27 = 134217729.0;  // 2**27 + 1: the splitting constant
  double sum = 1.0, fraction1 = 0.0, fraction2 = 0.0, fraction3 = 0.0;
  // Adds x to sum, the rounding error to `fraction`.
  auto accumulate = [&sum](double x, double& fraction) {
    const double previous = sum;
    sum += x;
    fraction += (previous - sum) + x;
  };
  int max_exponent = 0;
  std::frexp(max, &max_exponent);
  if (max_exponent >= -1023) {
    const double scale = std::ldexp(1.0, -max_exponent);
    for (double x : values) {
      x *= scale;
      const double t = x * t27;
      const double high = t - (t - x);
      const double low = x - high;
      accumulate(high * high, fraction1);
      accumulate(2.0 * high * low, fraction2);
      fraction3 += low * low;
    }
    const double h = std::sqrt(sum - 1.0 + (fraction1 + fraction2 + fraction3));
    const double t = h * t27;
    const double high = t - (t - h);
    const double low = h - high;
    accumulate(-high * high, fraction1);
    accumulate(-2.0 * high * low, fraction2);
    accumulate(-low * low, fraction3);
    const double x = sum - 1.0 + (fraction1 + fraction2 + fraction3);
    return (h + x / (2.0 * h)) / scale;
  }
  // ldexp(1.0, -max_exponent) would overflow: divide by max instead.
  for (double x : values) {
    x /= max;
    accumulate(x * x, fraction1);
  }
  return max * std::sqrt(sum - 1.0 + fraction1);
}

// Collects |x| of each value for vector_norm.
struct NormInput {
  std::vector<double> values;
  double max = 0.0;
  bool found_nan = false;
  void add(double x) {
    x = std::fabs(x);
    values.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  double norm() const { return vector_norm(values, max, found_nan); }
};

Ref math_hypot(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!no_keywords(interpreter, "hypot", kwnames)) return Ref();
  NormInput input;
  for (std::size_t i = 0; i < count; ++i) {
    double x = 0.0;
    if (!float_argument(interpreter, arguments[i], x)) return Ref();
    input.add(x);
  }
  return runtime::new_float(interpreter, input.norm());
}

// A point for dist(): a tuple, or tuple(iterable).
Ref point_argument(Interpreter& interpreter, Value value) {
  if (runtime::is_tuple(interpreter, value)) return Ref::borrow(value);
  return runtime::tuple_from_iterable(interpreter, value);
}

Ref math_dist(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!no_keywords(interpreter, dist_name, kwnames) ||
      !runtime::check_argument_count(interpreter, dist_name, count, 2, 2))
    return Ref();
  Ref p = point_argument(interpreter, arguments[0]);
  if (!p) return Ref();
  Ref q = point_argument(interpreter, arguments[1]);
  if (!q) return Ref();
  const runtime::TupleObject* first = runtime::as_tuple(p.get());
  const runtime::TupleObject* second = runtime::as_tuple(q.get());
  if (first->size != second->size)
    return interpreter.raise(interpreter.ValueError_type, "both points must have the same number of dimensions");
  NormInput input;
  for (std::int64_t i = 0; i < first->size; ++i) {
    double x = 0.0, y = 0.0;
    if (!float_argument(interpreter, first->items()[i], x) || !float_argument(interpreter, second->items()[i], y))
      return Ref();
    input.add(x - y);
  }
  return runtime::new_float(interpreter, input.norm());
}

// prod(iterable, /, *, start=1): start * item * item ..., left to right.
Ref math_prod(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {"prod", {"iterable", "start"}, 1, 1, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  Ref iterator = runtime::get_iterator(interpreter, bound[0]);
  if (!iterator) return Ref();
  Ref result = bound[1].is_null() ? Ref::small_int(1) : Ref::borrow(bound[1]);
  for (;;) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) return interpreter.has_exception() ? Ref() : std::move(result);
    result = runtime::binary_operation(interpreter, runtime::BinaryOperator::MULTIPLY, result.get(), item.get(), false);
    if (!result) return Ref();
  }
}

Ref math_isclose(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4] = {};
  if (!runtime::bind_arguments(interpreter, {"isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2}, arguments, count,
                               kwnames, bound))
    return Ref();
  double a = 0.0, b = 0.0, relative = 1e-09, absolute = 0.0;
  if (!float_argument(interpreter, bound[0], a) || !float_argument(interpreter, bound[1], b) ||
      (!bound[2].is_null() && !float_argument(interpreter, bound[2], relative)) ||
      (!bound[3].is_null() && !float_argument(interpreter, bound[3], absolute)))
    return Ref();
  if (relative < 0.0 || absolute < 0.0)
    return interpreter.raise(interpreter.ValueError_type, "tolerances must be non-negative");
  if (a == b) return interpreter.new_boolean(true);
  if (std::isinf(a) || std::isinf(b)) return interpreter.new_boolean(false);
  const double difference = std::fabs(b - a);
  return interpreter.new_boolean(difference <= std::fabs(relative * b) || difference <= std::fabs(relative * a) ||
                                 difference <= absolute);
}

// ---- integer functions -----------------------------------------------------

Ref math_factorial(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument<factorial_name>(interpreter, count, kwnames)) return Ref();
  Ref index = runtime::number_index(interpreter, arguments[0]);
  if (!index) return Ref();
  std::int64_t n = 0;
  if (!runtime::int_to_int64(interpreter, index.get(), n)) {
    if (runtime::int_sign(interpreter, index.get()) < 0) n = -1;
    else
      return interpreter.raise(interpreter.OverflowError_type,
                               "factorial() argument should not exceed 9223372036854775807");
  }
  if (n < 0) return interpreter.raise(interpreter.ValueError_type, "factorial() not defined for negative values");
  BigInt result;
  mpz_fac_ui(result.value, static_cast<unsigned long>(n));
  return runtime::new_int(interpreter, result.value);
}

Ref math_isqrt(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  BigInt n;
  if (!one_argument<isqrt_name>(interpreter, count, kwnames) || !index_to_mpz(interpreter, arguments[0], n.value))
    return Ref();
  if (mpz_sgn(n.value) < 0) return interpreter.raise(interpreter.ValueError_type, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.value, n.value);
  return runtime::new_int(interpreter, n.value);
}

// gcd of two small ints, in machine integers (small ints are 63 bits, so
// their magnitudes fit).
std::int64_t small_gcd(std::int64_t a, std::int64_t b) { return std::gcd(a < 0 ? -a : a, b < 0 ? -b : b); }

// gcd(*integers) and lcm(*integers), non-negative. gcd of two small ints,
// reduce()'s common case, stays in machine integers.
template <bool least_common_multiple>
Ref math_gcd_lcm(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!no_keywords(interpreter, least_common_multiple ? "lcm" : "gcd", kwnames)) return Ref();
  if (!least_common_multiple && count == 2 && arguments[0].is_small_int() && arguments[1].is_small_int())
    return runtime::new_int(interpreter, small_gcd(arguments[0].as_small_int(), arguments[1].as_small_int()));
  BigInt result, item;
  if (least_common_multiple) mpz_set_ui(result.value, 1);
  for (std::size_t i = 0; i < count; ++i) {
    if (!index_to_mpz(interpreter, arguments[i], item.value)) return Ref();
    if (least_common_multiple)
      mpz_lcm(result.value, result.value, item.value);
    else
      mpz_gcd(result.value, result.value, item.value);
  }
  return runtime::new_int(interpreter, result.value);
}

// The n and k of comb() and perm() as non-negative integers; `k_given`
// false for perm(n) (k = n).
bool comb_perm_arguments(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                         Value kwnames, std::size_t minimum, mpz_t n, mpz_t k) {
  if (!no_keywords(interpreter, name, kwnames) || !runtime::check_argument_count(interpreter, name, count, minimum, 2) ||
      !index_to_mpz(interpreter, arguments[0], n))
    return false;
  if (count == 2 && arguments[1] != interpreter.none()) {
    if (!index_to_mpz(interpreter, arguments[1], k)) return false;
  } else {
    mpz_set(k, n);
  }
  if (mpz_sgn(n) < 0) {
    interpreter.set_exception(interpreter.ValueError_type, "n must be a non-negative integer");
    return false;
  }
  if (mpz_sgn(k) < 0) {
    interpreter.set_exception(interpreter.ValueError_type, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Ref too_large(Interpreter& interpreter, const char* what) {
  return interpreter.raise(interpreter.OverflowError_type, std::string(what) + " must not exceed 9223372036854775807");
}

Ref math_comb(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  BigInt n, k;
  if (!comb_perm_arguments(interpreter, comb_name, arguments, count, kwnames, 2, n.value, k.value)) return Ref();
  if (mpz_cmp(k.value, n.value) > 0) return Ref::small_int(0);
  // C(n, k) == C(n, n - k): the smaller one counts the factors.
  BigInt other;
  mpz_sub(other.value, n.value, k.value);
  if (mpz_cmp(other.value, k.value) < 0) mpz_swap(other.value, k.value);
  if (!mpz_fits_slong_p(k.value)) return too_large(interpreter, "min(n - k, k)");
  mpz_bin_ui(n.value, n.value, mpz_get_ui(k.value));
  return runtime::new_int(interpreter, n.value);
}

Ref math_perm(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  BigInt n, k;
  if (!comb_perm_arguments(interpreter, perm_name, arguments, count, kwnames, 1, n.value, k.value)) return Ref();
  if (mpz_cmp(k.value, n.value) > 0) return Ref::small_int(0);
  if (!mpz_fits_slong_p(k.value)) return too_large(interpreter, "k");
  // n! / (n - k)! == C(n, k) * k!, both of which GMP computes well for
  // any n.
  const unsigned long factors = mpz_get_ui(k.value);
  BigInt factorial;
  mpz_bin_ui(n.value, n.value, factors);
  mpz_fac_ui(factorial.value, factors);
  mpz_mul(n.value, n.value, factorial.value);
  return runtime::new_int(interpreter, n.value);
}

// The module's __doc__, as CPython's.
constexpr char module_doc[] =
    "This module provides access to the mathematical functions\n"
    "defined by the C standard.";

}  // namespace

Ref create_math_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "math");
  set_module_doc(interpreter, module.get(), module_doc);
  const Value math = module.get();
  runtime::add_module_functions(
      interpreter, math,
      {{"acos", &math_1<acos_name, static_cast<Function1>(std::acos), false>},
       {"acosh", &math_1<acosh_name, static_cast<Function1>(std::acosh), false>},
       {"asin", &math_1<asin_name, static_cast<Function1>(std::asin), false>},
       {"asinh", &math_1<asinh_name, static_cast<Function1>(std::asinh), false>},
       {"atan", &math_1<atan_name, static_cast<Function1>(std::atan), false>},
       {"atan2", &math_2<atan2_name, atan2_double, false>},
       {"atanh", &math_1<atanh_name, static_cast<Function1>(std::atanh), false>},
       {"cbrt", &math_1<cbrt_name, static_cast<Function1>(std::cbrt), false>},
       {"ceil", &math_integral<ceil_name, ceil_double, true>},
       {"comb", &math_comb},
       {"copysign", &math_2<copysign_name, copysign_double, false>},
       {"cos", &math_1<cos_name, static_cast<Function1>(std::cos), false>},
       {"cosh", &math_1<cosh_name, static_cast<Function1>(std::cosh), true>},
       {"degrees", &math_1<degrees_name, degrees, false>},
       {"dist", &math_dist},
       {"erf", &math_1<erf_name, static_cast<Function1>(std::erf), false>},
       {"erfc", &math_1<erfc_name, static_cast<Function1>(std::erfc), false>},
       {"exp", &math_1<exp_name, static_cast<Function1>(std::exp), true>},
       {"exp2", &math_1<exp2_name, static_cast<Function1>(std::exp2), true>},
       {"expm1", &math_1<expm1_name, static_cast<Function1>(std::expm1), true>},
       {"fabs", &math_1<fabs_name, static_cast<Function1>(std::fabs), false>},
       {"factorial", &math_factorial},
       {"floor", &math_integral<floor_name, floor_double, true>},
       {"fmod", &math_fmod},
       {"frexp", &math_frexp},
       {"fsum", &math_fsum},
       {"gamma", &math_1a<gamma_name, gamma_function>},
       {"gcd", &math_gcd_lcm<false>},
       {"hypot", &math_hypot},
       {"isclose", &math_isclose},
       {"isfinite", &math_test<isfinite_name, is_finite>},
       {"isinf", &math_test<isinf_name, is_infinite>},
       {"isnan", &math_test<isnan_name, is_nan>},
       {"isqrt", &math_isqrt},
       {"lcm", &math_gcd_lcm<true>},
       {"ldexp", &math_ldexp},
       {"lgamma", &math_1a<lgamma_name, log_gamma_function>},
       {"log", &math_log},
       {"log10", &math_log_base<log10_name, log_base_10>},
       {"log1p", &math_1<log1p_name, static_cast<Function1>(std::log1p), false>},
       {"log2", &math_log_base<log2_name, log_base_2>},
       {"modf", &math_modf},
       {"nextafter", &math_nextafter},
       {"perm", &math_perm},
       {"pow", &math_pow},
       {"prod", &math_prod},
       {"radians", &math_1<radians_name, radians, false>},
       {"remainder", &math_2<remainder_name, remainder_double, false>},
       {"sin", &math_1<sin_name, static_cast<Function1>(std::sin), false>},
       {"sinh", &math_1<sinh_name, static_cast<Function1>(std::sinh), true>},
       {"sqrt", &math_1<sqrt_name, static_cast<Function1>(std::sqrt), false>},
       {"tan", &math_1<tan_name, static_cast<Function1>(std::tan), false>},
       {"tanh", &math_1<tanh_name, static_cast<Function1>(std::tanh), false>},
       {"trunc", &math_integral<trunc_name, trunc_double, false>},
       {"ulp", &math_ulp}});
  const std::pair<const char*, double> constants[] = {
      {"pi", pi}, {"e", 2.718281828459045235360287471352662498}, {"tau", 2 * pi}, {"inf", infinity}, {"nan", not_a_number}};
  for (const auto& [name, value] : constants) {
    Ref number = runtime::new_float(interpreter, value);
    runtime::module_set(interpreter, math, name, number.get());
  }
  return module;
}

}  // namespace krait::modules
