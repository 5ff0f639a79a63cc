// Support: float to text exactly as CPython's repr(float) writes it.
#include "support/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace krait {

std::string float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";

  // std::to_chars in scientific form without a precision yields the shortest
  // digit string that round-trips, the same digits as CPython's dtoa mode 0.
  char scientific[32];
  const char* end =
      std::to_chars(scientific, scientific + sizeof scientific, value, std::chars_format::scientific).ptr;
  std::string_view text(scientific, static_cast<std::size_t>(end - scientific));

  std::string result;
  if (text.front() == '-') {
    result += '-';
    text.remove_prefix(1);
  }
  const std::size_t e_position = text.find('e');
  int exponent = 0;
  const std::string_view exponent_text = text.substr(e_position + 1 + (text[e_position + 1] == '+'));
  std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
  // The significant digits without the decimal point: "d" or "d.ddd".
  std::string_view mantissa = text.substr(0, e_position);
  char digits[24];
  std::size_t digit_count = 0;
  for (char c : mantissa) {
    if (c != '.') digits[digit_count++] = c;
  }
  const std::string_view significand(digits, digit_count);

  // float_repr_style 'r' (Python/pystrtod.c): positional notation when the
  // decimal point falls within -4 <= exponent < 16, exponent notation
  // otherwise; positional always shows a fractional part ("1.0").
  if (exponent < -4 || exponent >= 16) {
    result += significand.front();
    if (digit_count > 1) {
      result += '.';
      result += significand.substr(1);
    }
    result += 'e';
    result += exponent < 0 ? '-' : '+';
    const int magnitude = std::abs(exponent);
    if (magnitude < 10) result += '0';
    result += std::to_string(magnitude);
    return result;
  }
  if (exponent < 0) {
    result += "0.";
    result.append(static_cast<std::size_t>(-exponent - 1), '0');
    result += significand;
    return result;
  }
  const std::size_t integer_digits = static_cast<std::size_t>(exponent) + 1;
  if (digit_count <= integer_digits) {
    result += significand;
    result.append(integer_digits - digit_count, '0');
    result += ".0";
  } else {
    result += significand.substr(0, integer_digits);
    result += '.';
    result += significand.substr(integer_digits);
  }
  return result;
}

}  // namespace krait
