// Support: float to text exactly as CPython's repr(float) writes it.
#include "support/number_format.h"

#include <algorithm>
#include <cctype>
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

namespace {

// The decimal digits of a finite, non-negative double as David Gay's dtoa
// produces them (the modes PyOS_double_to_string uses): mode 0 the
// shortest round-tripping digits, mode 2 `ndigits` significant digits,
// mode 3 `ndigits` digits after the point, correctly rounded (std::to_chars
// is exact), trailing zeros removed. The value is 0.digits * 10**decpt;
// a value rounding to zero is "0" with decpt 1.
struct Digits {
  std::string digits;
  int decpt = 1;
};

Digits decimal_digits(double value, int mode, int ndigits) {
  Digits out;
  std::string buffer;
  if (mode == 3) {
    buffer.resize(static_cast<std::size_t>(ndigits) + 330);
    const char* end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed,
                                     ndigits).ptr;
    buffer.resize(static_cast<std::size_t>(end - buffer.data()));
    const std::size_t point = buffer.find('.');
    const std::size_t integer_digits = point == std::string::npos ? buffer.size() : point;
    if (point != std::string::npos) buffer.erase(point, 1);
    const std::size_t first = buffer.find_first_not_of('0');
    if (first == std::string::npos) {
      out.digits.assign(1, '0');
      out.decpt = 1;
      return out;
    }
    out.decpt = static_cast<int>(integer_digits) - static_cast<int>(first);
    buffer.erase(0, first);
    out.digits = std::move(buffer);
  } else {
    buffer.resize(static_cast<std::size_t>(std::max(ndigits, 0)) + 32);
    const auto result = mode == 0 ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                                  std::chars_format::scientific)
                                  : std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                                  std::chars_format::scientific, ndigits - 1);
    buffer.resize(static_cast<std::size_t>(result.ptr - buffer.data()));
    const std::size_t e = buffer.find('e');
    int exponent = 0;
    const char* exponent_start = buffer.data() + e + 1 + (buffer[e + 1] == '+');
    std::from_chars(exponent_start, buffer.data() + buffer.size(), exponent);
    for (std::size_t i = 0; i < e; ++i)
      if (buffer[i] != '.') out.digits += buffer[i];
    out.decpt = exponent + 1;
    if (value == 0) out.decpt = 1;
  }
  while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
  return out;
}

}  // namespace

std::string double_to_string(double value, char format_code, int precision, DoubleFormatFlags flags) {
  const bool upper = format_code == 'E' || format_code == 'F' || format_code == 'G';
  const char code = static_cast<char>(std::tolower(static_cast<unsigned char>(format_code)));
  std::string out;
  const bool negative = std::signbit(value);
  if (std::isnan(value) || std::isinf(value)) {
    // The sign of a nan is not shown.
    if (std::isinf(value) && negative)
      out += '-';
    else if (flags.always_sign)
      out += '+';
    out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  int mode = 0;
  switch (code) {
    case 'e': mode = 2; ++precision; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: mode = 0; break;
  }
  const Digits number = decimal_digits(std::fabs(value), mode, precision);
  const std::string& digits = number.digits;
  const int digits_length = static_cast<int>(digits.size());
  int decpt = number.decpt;
  bool sign = negative;
  if (flags.no_negative_zero && sign && digits == "0") sign = false;

  // format_float_short: the output is a window [vdigits_start,
  // vdigits_end) of the digits padded with zeros on both sides, with the
  // decimal point at decpt, and maybe an exponent.
  int vdigits_end = digits_length;
  bool use_exponent = false;
  switch (code) {
    case 'e':
      use_exponent = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.add_dot_0 ? precision - 1 : precision)) use_exponent = true;
      if (flags.alternate) vdigits_end = precision;
      break;
    default:
      // repr switches to an exponent at 1e16.
      if (decpt <= -4 || decpt > 16) use_exponent = true;
      break;
  }
  int exponent = 0;
  if (use_exponent) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exponent && flags.add_dot_0)
    vdigits_end = std::max(vdigits_end, decpt + 1);
  else
    vdigits_end = std::max(vdigits_end, decpt);

  if (sign)
    out += '-';
  else if (flags.always_sign)
    out += '+';
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vdigits_start), '0');
  }
  if (decpt > 0 && decpt <= digits_length) {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt));
  } else {
    out += digits;
  }
  if (digits_length < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_length), '0');
    out += '.';
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vdigits_end - digits_length), '0');
  }
  if (out.back() == '.' && !flags.alternate) out.pop_back();
  if (use_exponent) {
    out += upper ? 'E' : 'e';
    out += exponent < 0 ? '-' : '+';
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
  return out;
}

}  // namespace krait
