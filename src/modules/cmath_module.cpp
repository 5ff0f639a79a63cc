// Native modules: cmath (CPython's Modules/cmathmodule.c), the elementary
// functions of complex numbers as C99 Annex G specifies them: branch cuts
// continuous with the sign of zero, exact results at infinities and NaNs
// (the special value tables below), and CPython's errors ("math domain
// error" where Annex G signals invalid or divide-by-zero, "math range
// error" on overflow). The formulas are CPython's, so results agree to the
// last bit with the same C library.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <numbers>

#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/module_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Complex;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr double inf = HUGE_VAL;
constexpr double nan = NAN;
constexpr double pi = std::numbers::pi;

// Beyond this, sqrt, log and the inverse functions rescale to avoid
// spurious overflow; its log bounds where exp, cosh, sinh and tanh do.
constexpr double large_double = DBL_MAX / 4.0;
const double sqrt_large_double = std::sqrt(large_double);
const double log_large_double = std::log(large_double);
const double sqrt_double_min = std::sqrt(DBL_MIN);
// Scaling subnormal parts up by 2**scale_up makes them normal; square
// roots scale back down by 2**scale_down.
constexpr int scale_up = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int scale_down = -(scale_up + 1) / 2;

// A double's class, the index into the special value tables.
enum SpecialType {
  negative_infinity,
  negative,
  negative_zero,
  positive_zero,
  positive,
  positive_infinity,
  not_a_number
};

SpecialType special_type(double d) {
  if (std::isnan(d)) return not_a_number;
  const bool minus = std::signbit(d);
  if (std::isinf(d)) return minus ? negative_infinity : positive_infinity;
  if (d == 0) return minus ? negative_zero : positive_zero;
  return minus ? negative : positive;
}

// f(x + iy) for x or y infinite or NaN, indexed [special_type(x)][special_type(y)]
// (the finite-by-finite cells are never read). Transcribed from what
// CPython 3.11 answers: Annex G's values.
using SpecialTable = Complex[7][7];

constexpr SpecialTable acos_special = {
    {{3 * pi / 4, inf}, {pi, inf}, {pi, inf}, {pi, -inf}, {pi, -inf}, {3 * pi / 4, -inf}, {nan, inf}},
    {{pi / 2, inf}, {}, {}, {}, {}, {pi / 2, -inf}, {nan, nan}},
    {{pi / 2, inf}, {}, {}, {}, {}, {pi / 2, -inf}, {pi / 2, nan}},
    {{pi / 2, inf}, {}, {}, {}, {}, {pi / 2, -inf}, {pi / 2, nan}},
    {{pi / 2, inf}, {}, {}, {}, {}, {pi / 2, -inf}, {nan, nan}},
    {{pi / 4, inf}, {0.0, inf}, {0.0, inf}, {0.0, -inf}, {0.0, -inf}, {pi / 4, -inf}, {nan, inf}},
    {{nan, inf}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, -inf}, {nan, nan}},
};
constexpr SpecialTable acosh_special = {
    {{inf, -3 * pi / 4}, {inf, -pi}, {inf, -pi}, {inf, pi}, {inf, pi}, {inf, 3 * pi / 4}, {inf, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 4}, {inf, -0.0}, {inf, -0.0}, {inf, 0.0}, {inf, 0.0}, {inf, pi / 4}, {inf, nan}},
    {{inf, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, nan}, {nan, nan}},
};
constexpr SpecialTable asinh_special = {
    {{-inf, -pi / 4}, {-inf, -0.0}, {-inf, -0.0}, {-inf, 0.0}, {-inf, 0.0}, {-inf, pi / 4}, {-inf, nan}},
    {{-inf, -pi / 2}, {}, {}, {}, {}, {-inf, pi / 2}, {nan, nan}},
    {{-inf, -pi / 2}, {}, {}, {}, {}, {-inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 4}, {inf, -0.0}, {inf, -0.0}, {inf, 0.0}, {inf, 0.0}, {inf, pi / 4}, {inf, nan}},
    {{inf, nan}, {nan, nan}, {nan, -0.0}, {nan, 0.0}, {nan, nan}, {inf, nan}, {nan, nan}},
};
constexpr SpecialTable atanh_special = {
    {{-0.0, -pi / 2}, {-0.0, -pi / 2}, {-0.0, -pi / 2}, {-0.0, pi / 2}, {-0.0, pi / 2}, {-0.0, pi / 2}, {-0.0, nan}},
    {{-0.0, -pi / 2}, {}, {}, {}, {}, {-0.0, pi / 2}, {nan, nan}},
    {{-0.0, -pi / 2}, {}, {}, {}, {}, {-0.0, pi / 2}, {-0.0, nan}},
    {{0.0, -pi / 2}, {}, {}, {}, {}, {0.0, pi / 2}, {0.0, nan}},
    {{0.0, -pi / 2}, {}, {}, {}, {}, {0.0, pi / 2}, {nan, nan}},
    {{0.0, -pi / 2}, {0.0, -pi / 2}, {0.0, -pi / 2}, {0.0, pi / 2}, {0.0, pi / 2}, {0.0, pi / 2}, {0.0, nan}},
    {{0.0, -pi / 2}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {0.0, pi / 2}, {nan, nan}},
};
constexpr SpecialTable cosh_special = {
    {{}, {inf, inf}, {inf, 0.0}, {inf, -0.0}, {inf, -inf}, {}, {inf, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, 0.0}},
    {{}, {}, {}, {}, {}, {}, {nan, 0.0}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {inf, -inf}, {inf, -0.0}, {inf, 0.0}, {inf, inf}, {}, {inf, nan}},
    {{nan, nan}, {nan, nan}, {nan, 0.0}, {nan, 0.0}, {nan, nan}, {nan, nan}, {nan, nan}},
};
constexpr SpecialTable exp_special = {
    {{0.0, 0.0}, {0.0, -0.0}, {0.0, -0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {inf, -inf}, {inf, -0.0}, {inf, 0.0}, {inf, inf}, {}, {inf, nan}},
    {{nan, nan}, {nan, nan}, {nan, -0.0}, {nan, 0.0}, {nan, nan}, {nan, nan}, {nan, nan}},
};
constexpr SpecialTable log_special = {
    {{inf, -3 * pi / 4}, {inf, -pi}, {inf, -pi}, {inf, pi}, {inf, pi}, {inf, 3 * pi / 4}, {inf, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 2}, {}, {}, {}, {}, {inf, pi / 2}, {nan, nan}},
    {{inf, -pi / 4}, {inf, -0.0}, {inf, -0.0}, {inf, 0.0}, {inf, 0.0}, {inf, pi / 4}, {inf, nan}},
    {{inf, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, nan}, {nan, nan}},
};
constexpr SpecialTable sinh_special = {
    {{}, {-inf, -inf}, {-inf, -0.0}, {-inf, 0.0}, {-inf, inf}, {}, {inf, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {0.0, nan}},
    {{}, {}, {}, {}, {}, {}, {0.0, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {inf, -inf}, {inf, -0.0}, {inf, 0.0}, {inf, inf}, {}, {inf, nan}},
    {{nan, nan}, {nan, nan}, {nan, -0.0}, {nan, 0.0}, {nan, nan}, {nan, nan}, {nan, nan}},
};
constexpr SpecialTable sqrt_special = {
    {{inf, -inf}, {0.0, -inf}, {0.0, -inf}, {0.0, inf}, {0.0, inf}, {inf, inf}, {nan, inf}},
    {{inf, -inf}, {}, {}, {}, {}, {inf, inf}, {nan, nan}},
    {{inf, -inf}, {}, {}, {}, {}, {inf, inf}, {nan, nan}},
    {{inf, -inf}, {}, {}, {}, {}, {inf, inf}, {nan, nan}},
    {{inf, -inf}, {}, {}, {}, {}, {inf, inf}, {nan, nan}},
    {{inf, -inf}, {inf, -0.0}, {inf, -0.0}, {inf, 0.0}, {inf, 0.0}, {inf, inf}, {inf, nan}},
    {{inf, -inf}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, inf}, {nan, nan}},
};
constexpr SpecialTable tanh_special = {
    {{-1.0, 0.0}, {-1.0, -0.0}, {-1.0, -0.0}, {-1.0, 0.0}, {-1.0, 0.0}, {-1.0, 0.0}, {-1.0, 0.0}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{1.0, 0.0}, {1.0, -0.0}, {1.0, -0.0}, {1.0, 0.0}, {1.0, 0.0}, {1.0, 0.0}, {1.0, 0.0}},
    {{nan, nan}, {nan, nan}, {nan, -0.0}, {nan, 0.0}, {nan, nan}, {nan, nan}, {nan, nan}},
};
constexpr SpecialTable rect_special = {
    {{}, {-inf, inf}, {-inf, 0.0}, {-inf, -0.0}, {-inf, -inf}, {}, {inf, nan}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{0.0, 0.0}, {}, {}, {}, {}, {0.0, 0.0}, {0.0, 0.0}},
    {{0.0, 0.0}, {}, {}, {}, {}, {0.0, 0.0}, {0.0, 0.0}},
    {{}, {}, {}, {}, {}, {}, {nan, nan}},
    {{}, {inf, -inf}, {inf, -0.0}, {inf, 0.0}, {inf, inf}, {}, {inf, nan}},
    {{nan, nan}, {nan, nan}, {nan, 0.0}, {nan, 0.0}, {nan, nan}, {nan, nan}, {nan, nan}},
};

bool finite(Complex z) { return std::isfinite(z.real) && std::isfinite(z.imag); }

Complex lookup(const SpecialTable& table, Complex z) { return table[special_type(z.real)][special_type(z.imag)]; }

// Each function below returns Annex G's result and sets errno: 0, EDOM
// (invalid or divide-by-zero) or ERANGE (overflow), as CPython's c_*.

// A result computed without floating-point exceptions: errno cleared
// after the computation, whatever the C library set on the way.
Complex without_error(Complex r) {
  errno = 0;
  return r;
}

// The rotations by i that relate the circular and hyperbolic functions.
Complex times_i(Complex z) { return {-z.imag, z.real}; }
Complex times_minus_i(Complex z) { return {z.imag, -z.real}; }

Complex complex_sqrt(Complex z) {
  errno = 0;
  if (!finite(z)) return lookup(sqrt_special, z);
  if (z.real == 0.0 && z.imag == 0.0) return {0.0, z.imag};
  double ax = std::fabs(z.real);
  const double ay = std::fabs(z.imag);
  double s = 0.0;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of subnormals would lose precision: scale up first.
    ax = std::ldexp(ax, scale_up);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, scale_up))), scale_down);
  } else {
    // s = sqrt((x + hypot(x, y)) / 2), scaled by 8 against overflow.
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  const double d = ay / (2.0 * s);
  if (z.real >= 0.0) return without_error({s, std::copysign(d, z.imag)});
  return without_error({d, std::copysign(s, z.imag)});
}

Complex complex_acos(Complex z) {
  errno = 0;
  if (!finite(z)) return lookup(acos_special, z);
  if (std::fabs(z.real) > large_double || std::fabs(z.imag) > large_double) {
    return without_error({std::atan2(std::fabs(z.imag), z.real),
                          -std::copysign(std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0, z.imag)});
  }
  const Complex s1 = complex_sqrt({1.0 - z.real, -z.imag});
  const Complex s2 = complex_sqrt({1.0 + z.real, z.imag});
  return without_error({2.0 * std::atan2(s1.real, s2.real), std::asinh(s2.real * s1.imag - s2.imag * s1.real)});
}

Complex complex_acosh(Complex z) {
  errno = 0;
  if (!finite(z)) return lookup(acosh_special, z);
  if (std::fabs(z.real) > large_double || std::fabs(z.imag) > large_double)
    return without_error({std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0, std::atan2(z.imag, z.real)});
  const Complex s1 = complex_sqrt({z.real - 1.0, z.imag});
  const Complex s2 = complex_sqrt({z.real + 1.0, z.imag});
  return without_error({std::asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * std::atan2(s1.imag, s2.real)});
}

Complex complex_asinh(Complex z) {
  errno = 0;
  if (!finite(z)) return lookup(asinh_special, z);
  if (std::fabs(z.real) > large_double || std::fabs(z.imag) > large_double) {
    const double magnitude = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0;
    return without_error({z.imag >= 0.0 ? std::copysign(magnitude, z.real) : -std::copysign(magnitude, -z.real),
                          std::atan2(z.imag, std::fabs(z.real))});
  }
  const Complex s1 = complex_sqrt({1.0 + z.imag, -z.real});
  const Complex s2 = complex_sqrt({1.0 - z.imag, z.real});
  return without_error(
      {std::asinh(s1.real * s2.imag - s2.real * s1.imag), std::atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag)});
}

// asin(z) = -i asinh(iz)
Complex complex_asin(Complex z) { return times_minus_i(complex_asinh(times_i(z))); }

Complex complex_atanh(Complex z) {
  errno = 0;
  if (!finite(z)) return lookup(atanh_special, z);
  // atanh(z) = -atanh(-z): reduce to z.real >= 0.
  if (z.real < 0.0) {
    const Complex r = complex_atanh({-z.real, -z.imag});
    return {-r.real, -r.imag};
  }
  const double ay = std::fabs(z.imag);
  if (z.real > sqrt_large_double || ay > sqrt_large_double) {
    // Large |z|: atanh(z) ~ 1/z +/- i pi/2.
    const double h = std::hypot(z.real / 2.0, z.imag / 2.0);
    return without_error({z.real / 4.0 / h / h, std::copysign(pi / 2.0, z.imag)});
  }
  if (z.real == 1.0 && ay < sqrt_double_min) {
    // atanh(1 +/- 0i) is inf +/- 0i, a pole.
    if (ay == 0.0) {
      errno = EDOM;
      return {inf, z.imag};
    }
    return without_error(
        {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))), std::copysign(std::atan2(2.0, -ay) / 2, z.imag)});
  }
  return without_error({std::log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0,
                        -std::atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0});
}

// atan(z) = -i atanh(iz)
Complex complex_atan(Complex z) { return times_minus_i(complex_atanh(times_i(z))); }

// f(+/-inf + iy) for finite nonzero y, where cosh, sinh and exp take the
// signs of their infinite (or zero) parts from cos(y) and sin(y).
Complex signed_by_angle(double real_size, double imag_size, double y) {
  return {std::copysign(real_size, std::cos(y)), std::copysign(imag_size, std::sin(y))};
}

bool infinite_real_finite_nonzero_imag(Complex z) {
  return std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0;
}

Complex overflow_checked(Complex r) {
  errno = std::isinf(r.real) || std::isinf(r.imag) ? ERANGE : 0;
  return r;
}

// cosh (sine false) and sinh: with x = z.real, y = z.imag,
//   cosh(z) = cos(y) cosh(x) + i sin(y) sinh(x)
//   sinh(z) = cos(y) sinh(x) + i sin(y) cosh(x)
Complex hyperbolic(Complex z, bool sine) {
  if (!finite(z)) {
    Complex r = lookup(sine ? sinh_special : cosh_special, z);
    if (infinite_real_finite_nonzero_imag(z)) {
      r = signed_by_angle(inf, inf, z.imag);
      // The odd part changes sign with x: sinh's real part, cosh's imaginary one.
      if (z.real < 0) (sine ? r.real : r.imag) = -(sine ? r.real : r.imag);
    }
    errno = std::isinf(z.imag) && !std::isnan(z.real) ? EDOM : 0;
    return r;
  }
  double x = z.real, scale = 1.0;
  if (std::fabs(z.real) > log_large_double) {
    // cosh(x) overflows before the result may: compute with x - 1, times e.
    x = z.real - std::copysign(1.0, z.real);
    scale = std::numbers::e;
  }
  // (Multiplying by a scale of 1.0 is exact.)
  const double even = std::cosh(x), odd = std::sinh(x);
  return overflow_checked(
      {std::cos(z.imag) * (sine ? odd : even) * scale, std::sin(z.imag) * (sine ? even : odd) * scale});
}

Complex complex_cosh(Complex z) { return hyperbolic(z, false); }
Complex complex_sinh(Complex z) { return hyperbolic(z, true); }

// cos(z) = cosh(iz)
Complex complex_cos(Complex z) { return complex_cosh(times_i(z)); }

// sin(z) = -i sinh(iz)
Complex complex_sin(Complex z) { return times_minus_i(complex_sinh(times_i(z))); }

Complex complex_exp(Complex z) {
  if (!finite(z)) {
    Complex r = lookup(exp_special, z);
    if (infinite_real_finite_nonzero_imag(z))
      r = z.real > 0 ? signed_by_angle(inf, inf, z.imag) : signed_by_angle(0.0, 0.0, z.imag);
    errno = std::isinf(z.imag) && (std::isfinite(z.real) || z.real > 0) ? EDOM : 0;
    return r;
  }
  if (z.real > log_large_double) {
    const double l = std::exp(z.real - 1.0);
    return overflow_checked({l * std::cos(z.imag) * std::numbers::e, l * std::sin(z.imag) * std::numbers::e});
  }
  const double l = std::exp(z.real);
  return overflow_checked({l * std::cos(z.imag), l * std::sin(z.imag)});
}

Complex complex_tanh(Complex z) {
  if (!finite(z)) {
    Complex r = lookup(tanh_special, z);
    if (infinite_real_finite_nonzero_imag(z))
      r = {z.real > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * std::sin(z.imag) * std::cos(z.imag))};
    errno = std::isinf(z.imag) && std::isfinite(z.real) ? EDOM : 0;
    return r;
  }
  // tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
  // with 1-tanh(x)^2 as 1/cosh(x)^2, or about 4 exp(-2|x|) when cosh(x) would overflow.
  if (std::fabs(z.real) > log_large_double)
    return without_error(
        {std::copysign(1.0, z.real), 4.0 * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2.0 * std::fabs(z.real))});
  const double tx = std::tanh(z.real), ty = std::tan(z.imag), cx = 1.0 / std::cosh(z.real);
  const double txty = tx * ty;
  const double denominator = 1.0 + txty * txty;
  return without_error({tx * (1.0 + ty * ty) / denominator, ((ty / denominator) * cx) * cx});
}

// tan(z) = -i tanh(iz)
Complex complex_tan(Complex z) { return times_minus_i(complex_tanh(times_i(z))); }

Complex complex_log(Complex z) {
  errno = 0;
  if (!finite(z)) return lookup(log_special, z);
  const double ax = std::fabs(z.real), ay = std::fabs(z.imag);
  double real = 0.0;
  if (ax > large_double || ay > large_double) {
    real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) {
      // log(+/-0 +/- 0i): a pole.
      errno = EDOM;
      return {-inf, std::atan2(z.imag, z.real)};
    }
    // |z| subnormal: rescale for an accurate hypot.
    real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
  } else {
    const double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // Near |z| = 1, log1p keeps the digits log(h) would lose.
      const double larger = std::max(ax, ay), smaller = std::min(ax, ay);
      real = std::log1p((larger - 1) * (larger + 1) + smaller * smaller) / 2.0;
    } else {
      real = std::log(h);
    }
  }
  return without_error({real, std::atan2(z.imag, z.real)});
}

Complex complex_log10(Complex z) {
  const Complex r = complex_log(z);
  const int saved = errno;
  const Complex result{r.real / M_LN10, r.imag / M_LN10};
  errno = saved;
  return result;
}

// ---- the module's functions ----------------------------------------------------------

// The ValueError or OverflowError errno calls for, if any: false then.
bool check_errno(Interpreter& interpreter) {
  if (errno == EDOM) {
    interpreter.set_exception(interpreter.ValueError_type, "math domain error");
    return false;
  }
  if (errno == ERANGE) {
    interpreter.set_exception(interpreter.OverflowError_type, "math range error");
    return false;
  }
  return true;
}

using ComplexFunction = Complex (*)(Complex);

constexpr char acos_name[] = "cmath.acos";
constexpr char acosh_name[] = "cmath.acosh";
constexpr char asin_name[] = "cmath.asin";
constexpr char asinh_name[] = "cmath.asinh";
constexpr char atan_name[] = "cmath.atan";
constexpr char atanh_name[] = "cmath.atanh";
constexpr char cos_name[] = "cmath.cos";
constexpr char cosh_name[] = "cmath.cosh";
constexpr char exp_name[] = "cmath.exp";
constexpr char log10_name[] = "cmath.log10";
constexpr char sin_name[] = "cmath.sin";
constexpr char sinh_name[] = "cmath.sinh";
constexpr char sqrt_name[] = "cmath.sqrt";
constexpr char tan_name[] = "cmath.tan";
constexpr char tanh_name[] = "cmath.tanh";
constexpr char phase_name[] = "cmath.phase";
constexpr char polar_name[] = "cmath.polar";
constexpr char isfinite_name[] = "cmath.isfinite";
constexpr char isnan_name[] = "cmath.isnan";
constexpr char isinf_name[] = "cmath.isinf";

// The one complex argument of f(z, /), named "cmath.f" in messages.
bool one_complex(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count, Value kwnames,
                 Complex& z) {
  return runtime::check_one_argument(interpreter, name, count, kwnames) &&
         runtime::complex_argument(interpreter, arguments[0], z);
}

template <const char* name, ComplexFunction function>
Ref cmath_function(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Complex z;
  if (!one_complex(interpreter, name, arguments, count, kwnames, z)) return Ref();
  errno = 0;
  const Complex result = function(z);
  if (!check_errno(interpreter)) return Ref();
  return runtime::new_complex(interpreter, result);
}

// log(z[, base]).
Ref cmath_log(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "cmath.log", kwnames) ||
      !runtime::check_argument_count(interpreter, "log", count, 1, 2))
    return Ref();
  Complex z;
  if (!runtime::complex_argument(interpreter, arguments[0], z)) return Ref();
  errno = 0;
  Complex result = complex_log(z);
  if (count == 2) {
    Complex base;
    if (!runtime::complex_argument(interpreter, arguments[1], base)) return Ref();
    // The errno of the base's log replaces the argument's, as in CPython.
    const Complex base_log = complex_log(base);
    result = runtime::complex_quotient(result, base_log);
  }
  if (!check_errno(interpreter)) return Ref();
  return runtime::new_complex(interpreter, result);
}

Ref cmath_phase(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Complex z;
  if (!one_complex(interpreter, phase_name, arguments, count, kwnames, z)) return Ref();
  // atan2 may set errno (ERANGE on underflow), and CPython reports it.
  errno = 0;
  const double phi = std::atan2(z.imag, z.real);
  if (!check_errno(interpreter)) return Ref();
  return runtime::new_float(interpreter, phi);
}

// abs(z) as CPython's _Py_c_abs: errno ERANGE when a finite z overflows.
double complex_abs(Complex z) {
  if (!finite(z)) {
    // An infinite part wins over a NaN: abs(inf + nanj) is inf.
    if (std::isinf(z.real) || std::isinf(z.imag)) {
      errno = 0;
      return std::isinf(z.real) ? std::fabs(z.real) : std::fabs(z.imag);
    }
    return nan;
  }
  const double result = std::hypot(z.real, z.imag);
  errno = std::isinf(result) ? ERANGE : 0;
  return result;
}

Ref cmath_polar(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Complex z;
  if (!one_complex(interpreter, polar_name, arguments, count, kwnames, z)) return Ref();
  errno = 0;
  const double phi = std::atan2(z.imag, z.real);
  const double r = complex_abs(z);
  if (!check_errno(interpreter)) return Ref();
  Ref r_value = runtime::new_float(interpreter, r);
  Ref phi_value = runtime::new_float(interpreter, phi);
  const Value items[] = {r_value.get(), phi_value.get()};
  return runtime::new_tuple(interpreter, items);
}

// rect(r, phi): r * (cos(phi) + i sin(phi)), in the spirit of Annex G:
// like exp(log(r) + i phi) for positive-signed r.
Ref cmath_rect(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "cmath.rect", kwnames) ||
      !runtime::check_argument_count(interpreter, "rect", count, 2, 2))
    return Ref();
  double r = 0.0, phi = 0.0;
  if (!runtime::float_argument(interpreter, arguments[0], r) ||
      !runtime::float_argument(interpreter, arguments[1], phi))
    return Ref();
  Complex z;
  errno = 0;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      z = signed_by_angle(inf, inf, phi);
      if (r < 0) z = {-z.real, -z.imag};
    } else {
      z = rect_special[special_type(r)][special_type(phi)];
    }
    errno = r != 0.0 && !std::isnan(r) && std::isinf(phi) ? EDOM : 0;
  } else if (phi == 0.0) {
    // r * sin(-0.0) might not keep the zero's sign everywhere.
    z = {r, r * phi};
  } else {
    z = without_error({r * std::cos(phi), r * std::sin(phi)});
  }
  if (!check_errno(interpreter)) return Ref();
  return runtime::new_complex(interpreter, z);
}

template <const char* name, bool (*test)(Complex)>
Ref cmath_predicate(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Complex z;
  if (!one_complex(interpreter, name, arguments, count, kwnames, z)) return Ref();
  return interpreter.new_boolean(test(z));
}

bool is_nan(Complex z) { return std::isnan(z.real) || std::isnan(z.imag); }
bool is_infinite(Complex z) { return std::isinf(z.real) || std::isinf(z.imag); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
Ref cmath_isclose(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[4];
  if (!runtime::bind_arguments(interpreter, {"isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2}, arguments, count,
                               kwnames, values))
    return Ref();
  Complex a, b;
  double relative = 1e-09, absolute = 0.0;
  if (!runtime::complex_argument(interpreter, values[0], a) || !runtime::complex_argument(interpreter, values[1], b) ||
      (!values[2].is_null() && !runtime::float_argument(interpreter, values[2], relative)) ||
      (!values[3].is_null() && !runtime::float_argument(interpreter, values[3], absolute)))
    return Ref();
  if (relative < 0.0 || absolute < 0.0)
    return interpreter.raise(interpreter.ValueError_type, "tolerances must be non-negative");
  // Exactly equal (two infinities of the same sign included).
  if (a.real == b.real && a.imag == b.imag) return interpreter.new_boolean(true);
  // An infinity is close only to itself.
  if (is_infinite(a) || is_infinite(b)) return interpreter.new_boolean(false);
  const double difference = complex_abs({a.real - b.real, a.imag - b.imag});
  return interpreter.new_boolean(difference <= relative * complex_abs(b) || difference <= relative * complex_abs(a) ||
                                 difference <= absolute);
}

}  // namespace

Ref create_cmath_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "cmath");
  const Value cmath = module.get();
  runtime::add_module_functions(interpreter, cmath,
                                {{"acos", &cmath_function<acos_name, complex_acos>},
                                 {"acosh", &cmath_function<acosh_name, complex_acosh>},
                                 {"asin", &cmath_function<asin_name, complex_asin>},
                                 {"asinh", &cmath_function<asinh_name, complex_asinh>},
                                 {"atan", &cmath_function<atan_name, complex_atan>},
                                 {"atanh", &cmath_function<atanh_name, complex_atanh>},
                                 {"cos", &cmath_function<cos_name, complex_cos>},
                                 {"cosh", &cmath_function<cosh_name, complex_cosh>},
                                 {"exp", &cmath_function<exp_name, complex_exp>},
                                 {"isclose", &cmath_isclose},
                                 {"isfinite", &cmath_predicate<isfinite_name, finite>},
                                 {"isinf", &cmath_predicate<isinf_name, is_infinite>},
                                 {"isnan", &cmath_predicate<isnan_name, is_nan>},
                                 {"log", &cmath_log},
                                 {"log10", &cmath_function<log10_name, complex_log10>},
                                 {"phase", &cmath_phase},
                                 {"polar", &cmath_polar},
                                 {"rect", &cmath_rect},
                                 {"sin", &cmath_function<sin_name, complex_sin>},
                                 {"sinh", &cmath_function<sinh_name, complex_sinh>},
                                 {"sqrt", &cmath_function<sqrt_name, complex_sqrt>},
                                 {"tan", &cmath_function<tan_name, complex_tan>},
                                 {"tanh", &cmath_function<tanh_name, complex_tanh>}});
  for (const auto& [name, value] : {std::pair{"pi", pi}, std::pair{"e", std::numbers::e}, std::pair{"tau", 2 * pi},
                                    std::pair{"inf", inf}, std::pair{"nan", nan}}) {
    Ref number = runtime::new_float(interpreter, value);
    runtime::module_set(interpreter, cmath, name, number.get());
  }
  for (const auto& [name, value] : {std::pair{"infj", Complex{0.0, inf}}, std::pair{"nanj", Complex{0.0, nan}}}) {
    Ref number = runtime::new_complex(interpreter, value);
    runtime::module_set(interpreter, cmath, name, number.get());
  }
  return module;
}

}  // namespace krait::modules
