// Support: Unicode queries over utf8proc.
#include "support/unicode.h"

#include "support/icu_library.h"

#include <cstdio>
#include <cstdlib>
#include <utf8proc.h>

#include <cstdint>

namespace krait::unicode {

int decode_utf8(std::string_view text, std::size_t& pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  unsigned char c = s[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int length;
  int cp;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    cp = c & 0x07;
  } else {
    ++pos;
    return -1;
  }
  if (pos + length > n) {
    ++pos;
    return -1;
  }
  for (int i = 1; i < length; ++i) {
    unsigned char cc = s[pos + i];
    if ((cc & 0xC0) != 0x80) {
      ++pos;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Reject overlong forms and values past U+10FFFF.
  if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
    ++pos;
    return -1;
  }
  pos += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// One step of Python's UTF-8 decoder at the start of `text` (not empty): the
// length of the well-formed sequence there, or of the invalid one and its
// reason, delimited as stringlib's utf8_decode and PyUnicode_DecodeUTF8 do
// (the second byte's range excludes overlong forms, surrogates and values
// past U+10FFFF, so those fail at the lead byte).
struct Utf8Step {
  std::size_t length;
  std::string_view error;  // empty when well formed
};

Utf8Step utf8_step(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) return {1, {}};
  if (lead < 0xC2 || lead > 0xF4) return {1, "invalid start byte"};
  std::size_t length = 2;
  unsigned char second_min = 0x80, second_max = 0xBF;
  if (lead >= 0xF0) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else if (lead >= 0xE0) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (i == text.size()) return {i, "unexpected end of data"};
    const auto c = static_cast<unsigned char>(text[i]);
    const bool fits = i == 1 ? c >= second_min && c <= second_max : (c & 0xC0) == 0x80;
    if (!fits) return {i, "invalid continuation byte"};
  }
  return {length, {}};
}

}  // namespace

std::optional<Utf8Error> find_utf8_error(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const Utf8Step step = utf8_step(text.substr(pos));
    if (!step.error.empty()) return Utf8Error{pos, pos + step.length, step.error};
    pos += step.length;
  }
  return std::nullopt;
}

std::string describe_utf8_error(std::string_view text, const Utf8Error& error) {
  // UnicodeDecodeError.__str__ names the byte when the error covers one.
  std::string out = "'utf-8' codec can't decode ";
  if (error.end == error.start + 1) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "%02x", static_cast<unsigned>(static_cast<unsigned char>(text[error.start])));
    out += std::string("byte 0x") + byte + " in position " + std::to_string(error.start);
  } else {
    out += "bytes in position " + std::to_string(error.start) + "-" + std::to_string(error.end - 1);
  }
  out += ": ";
  out += error.reason;
  return out;
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const Utf8Step step = utf8_step(text.substr(pos));
    if (step.error.empty()) {
      out += text.substr(pos, step.length);
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
    }
    pos += step.length;
  }
  return out;
}

bool is_valid_utf8(std::string_view text) { return !find_utf8_error(text); }

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) pos += utf8_step(text.substr(pos)).length;
  return count;
}

namespace {

// CPython 3.11's character database is Unicode 14.0, while the system's
// utf8proc may know a later version: characters assigned since 14.0 must look
// unassigned (Cn), or repr() and identifier rules would differ from CPython's.
constexpr std::uint8_t python_unicode_major = 14;

// The Unicode version that assigned the character (0 when ICU is missing).
int age_of(char32_t cp) {
  const icu::Library& library = icu::library();
  if (!library.loaded) return 0;
  UVersionInfo age;
  library.char_age(static_cast<UChar32>(cp), age);
  return age[0];
}

utf8proc_category_t category(char32_t cp) {
  if (age_of(cp) > python_unicode_major) return UTF8PROC_CATEGORY_CN;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

// Characters with the Other_ID_Start / Other_ID_Continue properties, which
// identifier rules add to the general categories (UAX #31).
bool is_other_id_start(char32_t cp) {
  return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
}
bool is_other_id_continue(char32_t cp) {
  return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
}

}  // namespace

bool is_alpha(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) - 'a' < 26u;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_identifier_start(char32_t cp) {
  if (cp < 0x80) return cp == '_' || (cp | 0x20) - 'a' < 26u;
  return is_alpha(cp) || category(cp) == UTF8PROC_CATEGORY_NL || is_other_id_start(cp);
}

bool is_identifier_continue(char32_t cp) {
  if (cp < 0x80) return cp == '_' || (cp | 0x20) - 'a' < 26u || cp - '0' < 10u;
  if (is_identifier_start(cp) || is_other_id_continue(cp)) return true;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return true;
    default:
      return false;
  }
}

bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

bool is_decimal(char32_t cp) {
  if (cp < 0x80) return cp - '0' < 10u;
  return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_wide(char32_t cp) {
  if (cp < 0x1100 || !icu::library().loaded) return false;
  const int width = icu::library().int_property_value(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return cp == '_' || (cp | 0x20) - 'a' < 26u || cp - '0' < 10u;
  if (is_alpha(cp)) return true;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

namespace {

// Whether CPython 3.11's database (Unicode 14.0) knows the character: later
// ones have no properties and map to themselves there.
bool known_to_python(char32_t cp) { return icu::library().loaded && age_of(cp) <= python_unicode_major; }

bool has_property(char32_t cp, UProperty property) {
  return known_to_python(cp) && icu::library().has_binary_property(static_cast<UChar32>(cp), property);
}

// Modifier letters that Unicode 15.0 made Other_Lowercase (so Lowercase and
// Cased): not yet in CPython 3.11's 14.0 database.
bool lowercase_since_unicode_15(char32_t cp) { return cp == 0x10FC || (cp >= 0xA7F2 && cp <= 0xA7F4) || cp == 0xAB69; }

}  // namespace

bool is_lowercase(char32_t cp) {
  if (cp < 0x80) return cp - 'a' < 26u;
  return has_property(cp, UCHAR_LOWERCASE) && !lowercase_since_unicode_15(cp);
}

bool is_uppercase(char32_t cp) {
  if (cp < 0x80) return cp - 'A' < 26u;
  return has_property(cp, UCHAR_UPPERCASE);
}

bool is_titlecase(char32_t cp) { return cp >= 0x80 && category(cp) == UTF8PROC_CATEGORY_LT; }

bool is_cased(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) - 'a' < 26u;
  return has_property(cp, UCHAR_CASED) && !lowercase_since_unicode_15(cp);
}

bool is_case_ignorable(char32_t cp) { return has_property(cp, UCHAR_CASE_IGNORABLE); }

bool is_xid_start(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) - 'a' < 26u;
  return has_property(cp, UCHAR_XID_START);
}

bool is_xid_continue(char32_t cp) {
  if (cp < 0x80) return cp == '_' || (cp | 0x20) - 'a' < 26u || cp - '0' < 10u;
  return has_property(cp, UCHAR_XID_CONTINUE);
}

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  if (!known_to_python(cp)) return false;
  if (category(cp) == UTF8PROC_CATEGORY_ZS) return true;
  switch (icu::library().char_direction(static_cast<UChar32>(cp))) {
    case U_WHITE_SPACE_NEUTRAL:
    case U_BLOCK_SEPARATOR:
    case U_SEGMENT_SEPARATOR:
      return true;
    default:
      return false;
  }
}

namespace {

int numeric_type(char32_t cp) {
  if (!known_to_python(cp)) return U_NT_NONE;
  return icu::library().int_property_value(static_cast<UChar32>(cp), UCHAR_NUMERIC_TYPE);
}

}  // namespace

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp - '0' < 10u;
  const int type = numeric_type(cp);
  return type == U_NT_DECIMAL || type == U_NT_DIGIT;
}

bool is_numeric(char32_t cp) {
  if (cp < 0x80) return cp - '0' < 10u;
  return numeric_type(cp) != U_NT_NONE;
}

int decimal_value(char32_t cp) {
  if (cp < 0x80) return cp - '0' < 10u ? static_cast<int>(cp - '0') : -1;
  if (!known_to_python(cp)) return -1;
  return icu::library().char_digit_value(static_cast<UChar32>(cp));
}

bool is_line_break(char32_t cp) {
  switch (cp) {
    case '\n': case 0x0B: case 0x0C: case '\r': case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

int map_case(char32_t cp, CaseMapping mapping, char32_t out[3]) {
  if (cp < 0x80) {
    const bool upper = cp - 'A' < 26u;
    const bool lower = cp - 'a' < 26u;
    if ((mapping == CaseMapping::Lower || mapping == CaseMapping::Fold) && upper) cp += 0x20;
    if ((mapping == CaseMapping::Upper || mapping == CaseMapping::Title) && lower) cp -= 0x20;
    out[0] = cp;
    return 1;
  }
  out[0] = cp;
  // Surrogates have no case; ICU would read a lone one as malformed UTF-16.
  if (!known_to_python(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) return 1;
  // ICU maps whole strings; a string of one character gives its full mapping.
  UChar source[2];
  int32_t source_length = 0;
  UErrorCode error = U_ZERO_ERROR;
  U16_APPEND_UNSAFE(source, source_length, static_cast<UChar32>(cp));
  UChar mapped[8];
  int32_t length = 0;
  const icu::Library& library = icu::library();
  switch (mapping) {
    case CaseMapping::Lower:
      length = library.to_lower(mapped, 8, source, source_length, "", &error);
      break;
    case CaseMapping::Upper:
      length = library.to_upper(mapped, 8, source, source_length, "", &error);
      break;
    case CaseMapping::Fold:
      length = library.fold_case(mapped, 8, source, source_length, U_FOLD_CASE_DEFAULT, &error);
      break;
    case CaseMapping::Title: {
      // The character alone is the "word", titlecased as is (no search for
      // a cased letter, no lowercasing of the rest).
      UCaseMap* case_map = library.case_map_open(
          "", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_BREAK_ADJUSTMENT | U_TITLECASE_NO_LOWERCASE, &error);
      if (U_SUCCESS(error)) length = library.case_map_to_title(case_map, mapped, 8, source, source_length, &error);
      library.case_map_close(case_map);
      break;
    }
  }
  if (U_FAILURE(error)) return 1;
  int count = 0;
  for (int32_t i = 0; i < length && count < 3;) {
    UChar32 c;
    U16_NEXT_UNSAFE(mapped, i, c);
    out[count++] = static_cast<char32_t>(c);
  }
  return count;
}

std::string nfkc(std::string_view text) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                         static_cast<utf8proc_ssize_t>(text.size()), &result,
                                         static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (length < 0) return std::string(text);
  std::string out(reinterpret_cast<char*>(result), static_cast<std::size_t>(length));
  std::free(result);
  return out;
}

int code_point_for_name(std::string_view name) {
  char buffer[128];
  if (name.empty() || name.size() >= sizeof buffer) return -1;
  bool upper_case = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80 || c < ' ') return -1;
    if (c >= 'a' && c <= 'z') upper_case = false;
    buffer[i] = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  buffer[name.size()] = '\0';
  const std::string_view normalised(buffer, name.size());
  const bool algorithmic = normalised.starts_with("HANGUL SYLLABLE ") ||
                           normalised.starts_with("CJK UNIFIED IDEOGRAPH-");
  // ICU names Tangut ideographs algorithmically too; CPython 3.11 does not.
  if ((algorithmic && !upper_case) || normalised.starts_with("TANGUT IDEOGRAPH-")) return -1;
  for (UCharNameChoice choice : {U_UNICODE_CHAR_NAME, U_CHAR_NAME_ALIAS}) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Library& library = icu::library();
    if (!library.loaded) return -1;
    const UChar32 code_point = library.char_from_name(choice, buffer, &status);
    if (U_SUCCESS(status)) return code_point;
  }
  return -1;
}

std::string character_name(char32_t code_point) {
  const icu::Library& library = icu::library();
  if (!library.loaded || !library.char_name) return "";
  char buffer[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length =
      library.char_name(static_cast<UChar32>(code_point), U_UNICODE_CHAR_NAME, buffer, sizeof buffer, &status);
  if (U_FAILURE(status) || length <= 0) return "";
  std::string name(buffer, static_cast<std::size_t>(length));
  // CPython 3.11 derives the names of Hangul syllables and CJK ideographs
  // only: Tangut ideographs have none there.
  if (name.starts_with("TANGUT IDEOGRAPH-")) return "";
  return name;
}

}  // namespace krait::unicode
