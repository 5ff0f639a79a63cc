// Objects: int and float from text (see number_text.h).
#include "objects/number_text.h"

#include <gmp.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memoryview_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {


// The text as the number parsers read it (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII): ASCII stays, other
// whitespace becomes ' ', other decimal digits their ASCII digit, and
// anything else ends the text with a '?' that no parser accepts. Bytes are
// read as they are (a NUL or a non-ASCII byte fails to parse).
std::string ascii_number_text(const Interpreter& interpreter, Value text) {
  std::string_view bytes;
  if (byte_view(interpreter, text, bytes)) return std::string(bytes);
  const StrObject* str = as_str(text);
  std::string out;
  out.reserve(static_cast<std::size_t>(str->length));
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t code_point = str->at(i);
    if (code_point < 127) {
      out += static_cast<char>(code_point);
    } else if (unicode::is_space(code_point)) {
      out += ' ';
    } else if (const int digit = unicode::decimal_value(code_point); digit >= 0) {
      out += static_cast<char>('0' + digit);
    } else {
      out += '?';
      break;
    }
  }
  return out;
}

// C's isspace in the C locale (Py_ISSPACE): what the parsers skip.
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A character's value as a digit in bases up to 36; 37 for a non-digit.
int digit_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

// repr(text) cut to 200 characters, as CPython's "%.200R".
std::string shown_text(Interpreter& interpreter, Value text);

std::string truncated_repr(Interpreter& interpreter, Value text) {
  const std::string shown = shown_text(interpreter, text);
  std::size_t characters = 0;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if ((static_cast<unsigned char>(shown[i]) & 0xC0) == 0x80) continue;
    if (characters++ == 200) return shown.substr(0, i);
  }
  return shown;
}

// repr(text) for an error message (a bytes' too).
std::string shown_text(Interpreter& interpreter, Value text) {
  Ref text_repr = repr(interpreter, text);
  return text_repr ? std::string(str_utf8(text_repr.get())) : std::string();
}

Ref invalid_int_literal(Interpreter& interpreter, Value text, int base) {
  return interpreter.raise(interpreter.ValueError_type, "invalid literal for int() with base " + std::to_string(base) +
                                                            ": " + truncated_repr(interpreter, text));
}

}  // namespace

Ref buffer_number_text(Interpreter& interpreter, Value value) {
  if (is_bytes(interpreter, value) || is_bytearray(interpreter, value)) return Ref::borrow(value);
  if (!is_memoryview(interpreter, value)) return Ref();
  return call(interpreter, Value::object(interpreter.bytes_type), &value, 1);
}

// CPython's PyLong_FromString, step for step.
Ref int_from_text(Interpreter& interpreter, Value text, int base) {
  const int original_base = base;
  const std::string ascii = ascii_number_text(interpreter, text);
  const char* p = ascii.c_str();  // NUL-terminated: the scans stop there
  const char* const end = p + ascii.size();
  while (is_ascii_space(*p)) ++p;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  // Base 0 reads the base from the prefix; a decimal number may then not
  // start with 0 unless it is all zeros (C's octal literals are gone).
  bool zero_only = false;
  if (base == 0) {
    if (p[0] != '0') {
      base = 10;
    } else if (p[1] == 'x' || p[1] == 'X') {
      base = 16;
    } else if (p[1] == 'o' || p[1] == 'O') {
      base = 8;
    } else if (p[1] == 'b' || p[1] == 'B') {
      base = 2;
    } else {
      zero_only = true;
      base = 10;
    }
  }
  const char prefix = static_cast<char>(p[0] == '0' ? (p[1] | 0x20) : 0);
  if ((base == 16 && prefix == 'x') || (base == 8 && prefix == 'o') || (base == 2 && prefix == 'b')) {
    p += 2;
    if (*p == '_') ++p;  // one underscore may follow the prefix
  }
  if (*p == '_') return invalid_int_literal(interpreter, text, original_base);
  std::string digits;
  char previous = '\0';
  for (; digit_value(*p) < base || *p == '_'; ++p) {
    if (*p == '_') {
      if (previous == '_') return invalid_int_literal(interpreter, text, original_base);
    } else {
      digits += *p;
    }
    previous = *p;
  }
  if (previous == '_' || digits.empty()) return invalid_int_literal(interpreter, text, original_base);
  if (zero_only && digits.find_first_not_of('0') != std::string::npos)
    return invalid_int_literal(interpreter, text, original_base);
  // Only bases that are powers of two convert in linear time.
  const auto limit = static_cast<std::size_t>(interpreter.int_max_str_digits);
  if ((base & (base - 1)) != 0 && limit > 0 && digits.size() > limit)
    return interpreter.raise(interpreter.ValueError_type,
                             "Exceeds the limit (" + std::to_string(limit) +
                                 " digits) for integer string conversion: value has " +
                                 std::to_string(digits.size()) +
                                 " digits; use sys.set_int_max_str_digits() to increase the limit");
  while (is_ascii_space(*p)) ++p;
  if (p != end) return invalid_int_literal(interpreter, text, original_base);
  if (digits.size() <= 18 && base == 10) {
    const std::int64_t value = std::strtoll(digits.c_str(), nullptr, 10);
    return new_int(interpreter, negative ? -value : value);
  }
  mpz_t value;
  mpz_init_set_str(value, digits.c_str(), base);
  if (negative) mpz_neg(value, value);
  Ref result = new_int(interpreter, value);
  mpz_clear(value);
  return result;
}

// CPython's PyFloat_FromString: whitespace stripped, underscores checked and
// removed, then a decimal number, inf, infinity or nan (any case, signed).
Ref float_from_text(Interpreter& interpreter, Value text) {
  const std::string ascii = ascii_number_text(interpreter, text);
  auto invalid = [&] {
    return interpreter.raise(interpreter.ValueError_type, "could not convert string to float: " + shown_text(interpreter, text));
  };
  std::string_view body(ascii);
  while (!body.empty() && is_ascii_space(body.front())) body.remove_prefix(1);
  while (!body.empty() && is_ascii_space(body.back())) body.remove_suffix(1);
  std::string number;
  char previous = '\0';
  for (const char c : body) {
    // An underscore only between two digits.
    if (c == '_' && !is_digit(previous)) return invalid();
    if (c != '_' && previous == '_' && !is_digit(c)) return invalid();
    if (c != '_') number += c;
    previous = c;
  }
  if (previous == '_') return invalid();
  std::string_view rest(number);
  bool negative = false;
  if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    negative = rest[0] == '-';
    rest.remove_prefix(1);
  }
  auto equals_ignoring_case = [&](std::string_view word) {
    if (rest.size() != word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
      if ((rest[i] | 0x20) != word[i]) return false;
    return true;
  };
  if (equals_ignoring_case("inf") || equals_ignoring_case("infinity"))
    return new_float(interpreter, negative ? -HUGE_VAL : HUGE_VAL);
  if (equals_ignoring_case("nan")) return new_float(interpreter, negative ? -NAN : NAN);
  // digits [. digits] [e [sign] digits], with a digit somewhere before the
  // exponent; strtod alone would also take hex and other C forms.
  std::size_t i = 0, mantissa_digits = 0;
  while (i < rest.size() && is_digit(rest[i])) ++i, ++mantissa_digits;
  if (i < rest.size() && rest[i] == '.') {
    ++i;
    while (i < rest.size() && is_digit(rest[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return invalid();
  if (i < rest.size() && (rest[i] | 0x20) == 'e') {
    ++i;
    if (i < rest.size() && (rest[i] == '+' || rest[i] == '-')) ++i;
    const std::size_t exponent_start = i;
    while (i < rest.size() && is_digit(rest[i])) ++i;
    if (i == exponent_start) return invalid();
  }
  if (i != rest.size()) return invalid();
  // strtod rounds correctly; overflow gives inf and underflow 0, as CPython.
  return new_float(interpreter, std::strtod(number.c_str(), nullptr));
}

namespace {

// The longest prefix of `text` that PyOS_string_to_double reads (no
// leading whitespace): [sign] inf / infinity / nan in any case, or [sign]
// digits [. digits] [e [sign] digits] with at least one digit; `consumed`
// is 0 when there is no number.
double read_double_prefix(std::string_view text, std::size_t& consumed) {
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) ++i;
  auto word_at = [&](std::size_t position, std::string_view word) {
    if (text.size() - position < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
      if ((text[position + k] | 0x20) != word[k]) return false;
    return true;
  };
  if (word_at(i, "inf")) {
    consumed = i + (word_at(i + 3, "inity") ? 8 : 3);
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (word_at(i, "nan")) {
    consumed = i + 3;
    return negative ? -NAN : NAN;
  }
  std::size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) {
    consumed = 0;
    return 0.0;
  }
  if (i < text.size() && (text[i] | 0x20) == 'e') {
    std::size_t j = i + 1;
    if (j < text.size() && (text[j] == '+' || text[j] == '-')) ++j;
    const std::size_t exponent_start = j;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j > exponent_start) i = j;  // an exponent without digits is not read
  }
  consumed = i;
  // strtod rounds correctly; overflow gives inf and underflow 0, as CPython.
  return std::strtod(std::string(text.substr(0, i)).c_str(), nullptr);
}

// CPython's complex_from_string_inner: <float>, <float>j or
// <float><signed-float>j (and the old forms <float><sign>j, <sign>j, j),
// optionally in parentheses, surrounded by whitespace.
bool parse_complex(std::string_view s, Complex& out) {
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
  };
  auto at = [&](std::size_t position) { return position < s.size() ? s[position] : '\0'; };
  auto is_j = [](char c) { return c == 'j' || c == 'J'; };
  skip_spaces();
  const bool bracket = at(i) == '(';
  if (bracket) {
    ++i;
    skip_spaces();
  }
  std::size_t consumed = 0;
  const double first = read_double_prefix(s.substr(i), consumed);
  if (consumed > 0) {
    i += consumed;
    if (at(i) == '+' || at(i) == '-') {
      out.real = first;
      out.imag = read_double_prefix(s.substr(i), consumed);
      if (consumed > 0) {
        i += consumed;
      } else {
        out.imag = at(i) == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j(at(i))) return false;
      ++i;
    } else if (is_j(at(i))) {
      ++i;
      out.imag = first;
    } else {
      out.real = first;
    }
  } else {
    out.imag = 1.0;
    if (at(i) == '+' || at(i) == '-') out.imag = s[i++] == '+' ? 1.0 : -1.0;
    if (!is_j(at(i))) return false;
    ++i;
  }
  skip_spaces();
  if (bracket) {
    if (at(i) != ')') return false;
    ++i;
    skip_spaces();
  }
  return i == s.size();
}

}  // namespace

// CPython's complex_subtype_from_string, with
// _Py_string_to_number_with_underscores: an underscore only between digits.
Ref complex_from_text(Interpreter& interpreter, Value text) {
  const std::string ascii = ascii_number_text(interpreter, text);
  std::string number;
  if (ascii.find('_') == std::string::npos) {
    number = ascii;
  } else {
    char previous = '\0';
    bool valid = true;
    for (const char c : ascii) {
      if (c == '_' ? !is_digit(previous) : previous == '_' && !is_digit(c)) valid = false;
      if (c != '_') number += c;
      previous = c;
    }
    if (!valid || previous == '_')
      return interpreter.raise(interpreter.ValueError_type,
                               "could not convert string to complex: " + truncated_repr(interpreter, text));
  }
  Complex value;
  if (!parse_complex(number, value))
    return interpreter.raise(interpreter.ValueError_type, "complex() arg is a malformed string");
  return new_complex(interpreter, value);
}

}  // namespace krait::runtime
