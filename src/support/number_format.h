// Support: number to text conversions that match CPython exactly.
#pragma once

#include <string>

namespace krait {

// repr(float): the shortest string that round-trips, in CPython's layout
// ('1.0', '1e+16', '1e-05', 'inf', 'nan').
std::string float_repr(double value);

// CPython's PyOS_double_to_string (Python/pystrtod.c), which every float
// formatting goes through (format(), str.format, %-formatting):
//   format_code  'e', 'f', 'g' (or 'E', 'F', 'G': upper case "E", "INF",
//                "NAN"), with `precision` digits after the point ('e',
//                'f') or significant digits ('g'); or 'r', repr's
//                shortest round-tripping digits (precision 0).
struct DoubleFormatFlags {
  bool always_sign = false;  // '+' before non-negative numbers
  bool add_dot_0 = false;    // "1.0" rather than "1" when the result is integral
  bool alternate = false;    // '#': keep the decimal point and trailing zeros
  bool no_negative_zero = false;  // 'z': "-0.0" rounds to "0.0"
};
std::string double_to_string(double value, char format_code, int precision, DoubleFormatFlags flags = {});

}  // namespace krait
