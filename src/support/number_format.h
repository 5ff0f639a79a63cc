// Support: number to text conversions that match CPython exactly.
#pragma once

#include <string>

namespace krait {

// repr(float): the shortest string that round-trips, in CPython's layout
// ('1.0', '1e+16', '1e-05', 'inf', 'nan').
std::string float_repr(double value);

}  // namespace krait
