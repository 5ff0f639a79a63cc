// Support: the ICU functions Krait uses, from a library opened on first use.
// Most programs never ask about characters beyond ASCII, and linking ICU
// (with the C++ runtime it pulls in) costs every start about a megabyte of
// resident memory, so unicode.cpp reaches ICU through this table instead.
#pragma once

#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

namespace krait::icu {

// The functions (ICU's C API; the names carry the version suffix ICU's
// headers add). All null when the library cannot be opened: callers then
// answer as for a character the database does not know.
struct Library {
  decltype(&::u_charAge) char_age = nullptr;
  decltype(&::u_hasBinaryProperty) has_binary_property = nullptr;
  decltype(&::u_charDirection) char_direction = nullptr;
  decltype(&::u_getIntPropertyValue) int_property_value = nullptr;
  decltype(&::u_charDigitValue) char_digit_value = nullptr;
  decltype(&::u_strToLower) to_lower = nullptr;
  decltype(&::u_strToUpper) to_upper = nullptr;
  decltype(&::u_strFoldCase) fold_case = nullptr;
  decltype(&::ucasemap_open) case_map_open = nullptr;
  decltype(&::ucasemap_close) case_map_close = nullptr;
  decltype(&::ucasemap_toTitle) case_map_to_title = nullptr;
  decltype(&::u_charFromName) char_from_name = nullptr;
  decltype(&::u_charName) char_name = nullptr;
  decltype(&::u_getNumericValue) numeric_value = nullptr;
  decltype(&::unorm2_getNFKDInstance) nfkd_instance = nullptr;
  decltype(&::unorm2_getRawDecomposition) raw_decomposition = nullptr;
  bool loaded = false;
};

// Opens the library on the first call (thread-safe); the table never
// changes afterwards, so interpreters in any thread share it.
const Library& library();

}  // namespace krait::icu
