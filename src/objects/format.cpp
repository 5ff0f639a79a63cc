// Objects: text formatting (see format.h). The parsing, layout and error
// messages follow CPython 3.11's Python/formatter_unicode.c,
// Objects/stringlib/unicode_format.h and PyUnicode_Format step by step.
#include "objects/format.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/number_format.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

Ref value_error(Interpreter& interpreter, const std::string& message) {
  return interpreter.raise(interpreter.ValueError_type, message);
}

bool fail(Interpreter& interpreter, Type* type, const std::string& message) {
  interpreter.set_exception(type, message);
  return false;
}

// A format or conversion character in a message: itself when printable
// ASCII, else its code as "\x..".
std::string quoted_code(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char text[16];
  std::snprintf(text, sizeof text, "\\x%x", static_cast<unsigned>(c));
  return text;
}

bool is_exact(Value value, const Type* type) { return value.is_object() && value.as_object()->type == type; }

// ---- The format-spec mini-language ----
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

struct FormatSpec {
  char32_t fill = ' ';
  char32_t align = '>';
  char32_t sign = 0;
  bool no_negative_zero = false;
  bool alternate = false;
  std::int64_t width = -1;
  char32_t grouping = 0;  // ',' or '_'
  int group_size = 3;     // '_' with b, o, x, X groups by four
  std::int64_t precision = -1;
  char32_t type = 0;
};

bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// The decimal digits (of any script) at `position`: how many there were,
// or -1 with ValueError when the number overflows.
std::int64_t read_integer(Interpreter& interpreter, const StrObject* text, std::int64_t& position, std::int64_t end,
                          std::int64_t& out) {
  out = 0;
  std::int64_t count = 0;
  for (; position < end; ++position, ++count) {
    const int digit = unicode::decimal_value(text->at(position));
    if (digit < 0) break;
    if (out > (INT64_MAX - digit) / 10) {
      interpreter.set_exception(interpreter.ValueError_type, "Too many decimal digits in format string");
      return -1;
    }
    out = out * 10 + digit;
  }
  return count;
}

// CPython's parse_internal_render_format_spec, over spec[start:end].
bool parse_format_spec(Interpreter& interpreter, Value value, const StrObject* spec, std::int64_t start,
                       std::int64_t end, char32_t default_type, char32_t default_align, FormatSpec& out) {
  out = FormatSpec{};
  out.align = default_align;
  out.type = default_type;
  std::int64_t position = start;
  bool fill_given = false;
  bool align_given = false;
  if (end - position >= 2 && is_alignment(spec->at(position + 1))) {
    out.align = spec->at(position + 1);
    out.fill = spec->at(position);
    fill_given = align_given = true;
    position += 2;
  } else if (end - position >= 1 && is_alignment(spec->at(position))) {
    out.align = spec->at(position);
    align_given = true;
    ++position;
  }
  if (end - position >= 1) {
    const char32_t c = spec->at(position);
    if (c == '+' || c == '-' || c == ' ') {
      out.sign = c;
      ++position;
    }
  }
  if (end - position >= 1 && spec->at(position) == 'z') {
    out.no_negative_zero = true;
    ++position;
  }
  if (end - position >= 1 && spec->at(position) == '#') {
    out.alternate = true;
    ++position;
  }
  // A leading zero (without an explicit fill) pads with zeros after the sign.
  if (!fill_given && end - position >= 1 && spec->at(position) == '0') {
    out.fill = '0';
    if (!align_given && default_align == '>') out.align = '=';
    ++position;
  }
  std::int64_t consumed = read_integer(interpreter, spec, position, end, out.width);
  if (consumed < 0) return false;
  if (consumed == 0) out.width = -1;
  if (position < end && spec->at(position) == ',') {
    out.grouping = ',';
    ++position;
  }
  if (position < end && spec->at(position) == '_') {
    if (out.grouping != 0) return fail(interpreter, interpreter.ValueError_type, "Cannot specify both ',' and '_'.");
    out.grouping = '_';
    ++position;
  }
  if (position < end && spec->at(position) == ',' && out.grouping == '_')
    return fail(interpreter, interpreter.ValueError_type, "Cannot specify both ',' and '_'.");
  if (position < end && spec->at(position) == '.') {
    ++position;
    consumed = read_integer(interpreter, spec, position, end, out.precision);
    if (consumed < 0) return false;
    if (consumed == 0) return fail(interpreter, interpreter.ValueError_type, "Format specifier missing precision");
  }
  if (end - position > 1) {
    Ref text = str_substring(interpreter, Value::object(const_cast<StrObject*>(spec)), start, end);
    return fail(interpreter, interpreter.ValueError_type,
                "Invalid format specifier '" + std::string(str_utf8(text.get())) + "' for object of type '" +
                    std::string(type_name(interpreter, value)) + "'");
  }
  if (end - position == 1) out.type = spec->at(position);
  if (out.grouping != 0) {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out.grouping == '_') {
          out.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        return fail(interpreter, interpreter.ValueError_type,
                    std::string("Cannot specify '") + static_cast<char>(out.grouping) + "' with '" +
                        quoted_code(out.type) + "'.");
    }
  }
  return true;
}

bool unknown_type(Interpreter& interpreter, Value value, char32_t type) {
  return fail(interpreter, interpreter.ValueError_type,
              "Unknown format code '" + quoted_code(type) + "' for object of type '" +
                  std::string(type_name(interpreter, value)) + "'");
}

// ---- Laying out a number ----

// A number in text: [sign][prefix][digits][.remainder], or for 'c' one
// character in the remainder's place.
struct NumberText {
  char sign = 0;           // '-' when negative
  std::string prefix;      // "0b", "0o", "0x" in the alternate form
  std::string digits;      // the integer part
  bool has_decimal = false;
  std::string remainder;   // fraction digits, exponent, '%', or "inf"/"nan"
  bool is_character = false;
  char32_t character = 0;
};

// CPython's _PyUnicode_InsertThousandsGrouping: the digits with a
// separator between groups of `group_size` (0: no grouping), padded on the
// left with zeros (separated too) to at least min_width characters.
std::string group_digits(const std::string& digits, std::int64_t min_width, int group_size, char separator) {
  min_width = std::max<std::int64_t>(min_width, 0);
  std::string reversed;
  std::int64_t remaining = static_cast<std::int64_t>(digits.size());
  std::size_t digits_position = digits.size();
  bool use_separator = false;
  auto fill = [&](std::int64_t length) {
    const std::int64_t zeros = std::max<std::int64_t>(0, length - remaining);
    const std::int64_t characters = std::max<std::int64_t>(0, std::min(remaining, length));
    if (use_separator) reversed += separator;
    for (std::int64_t i = 0; i < characters; ++i) reversed += digits[--digits_position];
    reversed.append(static_cast<std::size_t>(zeros), '0');
    remaining -= characters;
  };
  bool done = false;
  if (group_size > 0) {
    for (;;) {
      const std::int64_t length =
          std::min<std::int64_t>(group_size, std::max<std::int64_t>(std::max(remaining, min_width), 1));
      fill(length);
      use_separator = true;
      min_width -= length;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= 1;  // the separator's width
    }
  }
  if (!done) fill(std::max<std::int64_t>(std::max(remaining, min_width), 1));
  return std::string(reversed.rbegin(), reversed.rend());
}

char upper_ascii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// A float's text (from double_to_string) split into its sign, integer
// digits, decimal point and the rest (CPython's parse_number).
NumberText split_number_text(const std::string& text) {
  NumberText parts;
  std::size_t position = 0;
  if (text[0] == '-') {
    parts.sign = '-';
    position = 1;
  }
  std::size_t digits_end = position;
  while (digits_end < text.size() && text[digits_end] >= '0' && text[digits_end] <= '9') ++digits_end;
  parts.digits = text.substr(position, digits_end - position);
  parts.has_decimal = digits_end < text.size() && text[digits_end] == '.';
  parts.remainder = text.substr(digits_end + (parts.has_decimal ? 1 : 0));
  return parts;
}

// CPython's calc_number_widths and fill_number:
// [padding][sign][prefix][zero padding][grouped digits][.][remainder][padding]
void write_number(StrBuilder& out, const NumberText& number, const FormatSpec& spec, bool grouping, bool upper) {
  char sign = 0;
  if (spec.sign == '+')
    sign = number.sign == '-' ? '-' : '+';
  else if (spec.sign == ' ')
    sign = number.sign == '-' ? '-' : ' ';
  else if (number.sign == '-')
    sign = '-';
  const std::int64_t remainder_length = number.is_character ? 1 : static_cast<std::int64_t>(number.remainder.size());
  const std::int64_t non_digits = (sign ? 1 : 0) + static_cast<std::int64_t>(number.prefix.size()) +
                                  (number.has_decimal ? 1 : 0) + remainder_length;
  const std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - non_digits : 0;
  std::string grouped;
  if (!number.digits.empty())
    grouped = group_digits(number.digits, min_width, grouping ? spec.group_size : 0,
                           static_cast<char>(spec.grouping));
  std::int64_t left = 0, inside = 0, right = 0;
  const std::int64_t padding = spec.width - (non_digits + static_cast<std::int64_t>(grouped.size()));
  if (padding > 0) {
    switch (spec.align) {
      case '<': right = padding; break;
      case '^': left = padding / 2; right = padding - left; break;
      case '=': inside = padding; break;
      default: left = padding; break;
    }
  }
  out.append_repeated(spec.fill, left);
  if (sign) out.append(static_cast<char32_t>(sign));
  for (char c : number.prefix) out.append(static_cast<char32_t>(upper ? upper_ascii(c) : c));
  out.append_repeated(spec.fill, inside);
  for (char c : grouped) out.append(static_cast<char32_t>(upper ? upper_ascii(c) : c));
  if (number.has_decimal) out.append('.');
  if (number.is_character)
    out.append(number.character);
  else
    out.append_ascii(number.remainder);
  out.append_repeated(spec.fill, right);
}

// ---- int ----

// The int in `base`, with a leading '-' when negative (no prefix); base 10
// keeps CPython's limit on the digits of a conversion.
bool int_text(Interpreter& interpreter, Value value, int base, std::string& out) {
  std::int64_t small = 0;
  if (int_to_int64(interpreter, value, small)) {
    char buffer[72];
    char* end = std::to_chars(buffer, buffer + sizeof buffer, small, base).ptr;
    out.assign(buffer, static_cast<std::size_t>(end - buffer));
    return true;
  }
  if (base == 10) {
    Ref text = interpreter.int_type->repr(interpreter, value);
    if (!text) return false;
    out = str_utf8(text.get());
    return true;
  }
  mpz_srcptr big = static_cast<const IntObject*>(value.as_object())->value;
  out.resize(mpz_sizeinbase(big, base) + 2);
  mpz_get_str(out.data(), base, big);
  out.resize(std::strlen(out.c_str()));
  return true;
}

bool format_float_number(Interpreter& interpreter, StrBuilder& out, Value value, double number,
                         const FormatSpec& spec);

// CPython's format_long_internal (and the int-to-float conversions of
// _PyLong_FormatAdvancedWriter).
bool format_int_number(Interpreter& interpreter, StrBuilder& out, Value value, const FormatSpec& spec) {
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double number = 0;
      if (!int_to_double(interpreter, value, number)) return false;
      return format_float_number(interpreter, out, value, number, spec);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      return unknown_type(interpreter, value, spec.type);
  }
  if (spec.precision != -1)
    return fail(interpreter, interpreter.ValueError_type, "Precision not allowed in integer format specifier");
  if (spec.no_negative_zero)
    return fail(interpreter, interpreter.ValueError_type,
                "Negative zero coercion (z) not allowed in integer format specifier");
  NumberText number;
  if (spec.type == 'c') {
    if (spec.sign != 0)
      return fail(interpreter, interpreter.ValueError_type, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return fail(interpreter, interpreter.ValueError_type,
                  "Alternate form (#) not allowed with integer format specifier 'c'");
    std::int64_t code = 0;
    if (!int_to_int64(interpreter, value, code))
      return fail(interpreter, interpreter.OverflowError_type, "Python int too large to convert to C long");
    if (code < 0 || code > 0x10FFFF)
      return fail(interpreter, interpreter.OverflowError_type, "%c arg not in range(0x110000)");
    number.is_character = true;
    number.character = static_cast<char32_t>(code);
    write_number(out, number, spec, false, false);
    return true;
  }
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
  }
  std::string text;
  if (!int_text(interpreter, value, base, text)) return false;
  if (text[0] == '-') {
    number.sign = '-';
    text.erase(0, 1);
  }
  if (spec.alternate) number.prefix = prefix;
  number.digits = std::move(text);
  write_number(out, number, spec, spec.grouping != 0 && spec.type != 'n', spec.type == 'X');
  return true;
}

// ---- float ----

// The double_to_string conversion a float presentation type asks for
// (CPython's format_float_internal and format_complex_internal): no type is
// repr's digits (then 'g' once a precision is given), 'n' is 'g', '%' is
// 'f' of the value times 100.
struct FloatConversion {
  char type = 'r';
  int precision = 0;
  DoubleFormatFlags flags;
};

FloatConversion float_conversion(const FormatSpec& spec) {
  FloatConversion conversion;
  conversion.flags.alternate = spec.alternate;
  conversion.flags.no_negative_zero = spec.no_negative_zero;
  char32_t type = spec.type;
  int default_precision = 6;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') type = 'f';
  conversion.precision = static_cast<int>(spec.precision);
  if (conversion.precision < 0)
    conversion.precision = default_precision;
  else if (type == 'r')
    type = 'g';
  conversion.type = static_cast<char>(type);
  return conversion;
}

// CPython's format_float_internal.
bool format_float_number(Interpreter& interpreter, StrBuilder& out, Value value, double number,
                         const FormatSpec& spec) {
  if (spec.precision > INT_MAX) return fail(interpreter, interpreter.ValueError_type, "precision too big");
  FloatConversion conversion = float_conversion(spec);
  // No type: repr() without a precision, else 'g' keeping a ".0".
  conversion.flags.add_dot_0 = spec.type == 0;
  const bool percent = spec.type == '%';
  std::string text =
      double_to_string(percent ? number * 100 : number, conversion.type, conversion.precision, conversion.flags);
  if (percent) text += '%';
  write_number(out, split_number_text(text), spec, spec.grouping != 0 && spec.type != 'n', false);
  return true;
}

// ---- complex ----

// CPython's format_complex_internal: each part formatted as a float
// (without padding), the imaginary one signed unless it stands alone, then
// the whole padded; no type means repr's digits and parentheses.
bool format_complex_number(Interpreter& interpreter, StrBuilder& out, Value value, const FormatSpec& spec) {
  if (spec.precision > INT_MAX) return fail(interpreter, interpreter.ValueError_type, "precision too big");
  if (spec.fill == '0')
    return fail(interpreter, interpreter.ValueError_type,
                "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return fail(interpreter, interpreter.ValueError_type,
                "'=' alignment flag is not allowed in complex format specifier");
  const Complex number = complex_value(value);
  const FloatConversion conversion = float_conversion(spec);
  // No type: as repr, the real part shown (in parentheses) unless it is +0.
  const bool skip_real = spec.type == 0 && number.real == 0.0 && !std::signbit(number.real);
  const bool parentheses = spec.type == 0 && !skip_real;
  auto part_text = [&](double part) {
    return split_number_text(double_to_string(part, conversion.type, conversion.precision, conversion.flags));
  };
  FormatSpec part_spec = spec;
  part_spec.fill = ' ';
  part_spec.align = '<';
  part_spec.width = -1;
  const bool grouping = spec.grouping != 0 && spec.type != 'n';
  StrBuilder body(interpreter);
  if (parentheses) body.append('(');
  if (!skip_real) {
    write_number(body, part_text(number.real), part_spec, grouping, false);
    part_spec.sign = '+';
  }
  write_number(body, part_text(number.imag), part_spec, grouping, false);
  body.append('j');
  if (parentheses) body.append(')');
  Ref text = body.finish();
  if (!text) return false;
  const std::int64_t length = as_str(text.get())->length;
  const std::int64_t padding = std::max<std::int64_t>(spec.width - length, 0);
  std::int64_t left = padding;
  if (spec.align == '<')
    left = 0;
  else if (spec.align == '^')
    left = padding / 2;
  out.append_repeated(spec.fill, left);
  out.append(text.get());
  out.append_repeated(spec.fill, padding - left);
  return true;
}

// ---- str ----

// CPython's format_string_internal.
bool format_str_text(Interpreter& interpreter, StrBuilder& out, Value value, const FormatSpec& spec) {
  if (spec.type != 's') return unknown_type(interpreter, value, spec.type);
  if (spec.sign != 0)
    return fail(interpreter, interpreter.ValueError_type,
                spec.sign == ' ' ? "Space not allowed in string format specifier"
                                 : "Sign not allowed in string format specifier");
  if (spec.no_negative_zero)
    return fail(interpreter, interpreter.ValueError_type,
                "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate)
    return fail(interpreter, interpreter.ValueError_type, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=')
    return fail(interpreter, interpreter.ValueError_type, "'=' alignment not allowed in string format specifier");
  std::int64_t length = as_str(value)->length;
  if (spec.precision >= 0 && length >= spec.precision) length = spec.precision;
  const std::int64_t total = std::max(spec.width, length);
  std::int64_t left = 0;
  if (spec.align == '>')
    left = total - length;
  else if (spec.align == '^')
    left = (total - length) / 2;
  out.append_repeated(spec.fill, left);
  out.append(value, 0, length);
  out.append_repeated(spec.fill, total - length - left);
  return true;
}

// ---- Dispatch ----

enum class NativeKind { None, Str, Int, Float, Complex };

NativeKind native_kind(Interpreter& interpreter, Value value) {
  if (value.is_small_int()) return NativeKind::Int;
  if (!value.is_object()) return NativeKind::None;
  const Type* type = value.as_object()->type;
  if (type == interpreter.str_type) return NativeKind::Str;
  if (type == interpreter.int_type || type == interpreter.bool_type) return NativeKind::Int;
  if (type == interpreter.float_type) return NativeKind::Float;
  if (type == interpreter.complex_type) return NativeKind::Complex;
  return NativeKind::None;
}

// Formats `value` as the str, int or float __format__ does (`kind` says
// which; subclass instances are welcome) with the spec spec[start:end].
bool format_native(Interpreter& interpreter, StrBuilder& out, NativeKind kind, Value value, Value spec_value,
                   std::int64_t start, std::int64_t end) {
  const StrObject* spec = as_str(spec_value);
  if (start == end) {
    // An empty spec is str(value).
    if (kind == NativeKind::Str && is_exact(value, interpreter.str_type)) {
      out.append(value);
      return true;
    }
    Ref text = str(interpreter, value);
    if (!text) return false;
    out.append(text.get());
    return true;
  }
  FormatSpec parsed;
  switch (kind) {
    case NativeKind::Str:
      if (!parse_format_spec(interpreter, value, spec, start, end, 's', '<', parsed)) return false;
      return format_str_text(interpreter, out, value, parsed);
    case NativeKind::Int:
      if (!parse_format_spec(interpreter, value, spec, start, end, 'd', '>', parsed)) return false;
      return format_int_number(interpreter, out, value, parsed);
    case NativeKind::Float:
      if (!parse_format_spec(interpreter, value, spec, start, end, 0, '>', parsed)) return false;
      switch (parsed.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
          return format_float_number(interpreter, out, value, float_value(value), parsed);
        default:
          return unknown_type(interpreter, value, parsed.type);
      }
    case NativeKind::Complex:
      if (!parse_format_spec(interpreter, value, spec, start, end, 0, '>', parsed)) return false;
      switch (parsed.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
          return format_complex_number(interpreter, out, value, parsed);
        default:
          return unknown_type(interpreter, value, parsed.type);
      }
    case NativeKind::None:
      break;
  }
  return false;
}

// The __format__ of str, int, float and object share their argument check.
bool format_spec_argument(Interpreter& interpreter, const char* qualified, const Value* arguments, std::size_t count,
                          Value kwnames) {
  if (!reject_keywords(interpreter, qualified, kwnames) || !check_positional(interpreter, qualified, count, 1, 1))
    return false;
  if (is_str(interpreter, arguments[0])) return true;
  return fail(interpreter, interpreter.TypeError_type,
              "__format__() argument must be str, not " + argument_type_name(interpreter, arguments[0]));
}

Ref native_dunder_format(Interpreter& interpreter, NativeKind kind, const char* qualified, Value self,
                         const Value* arguments, std::size_t count, Value kwnames) {
  if (!format_spec_argument(interpreter, qualified, arguments, count, kwnames)) return Ref();
  StrBuilder out(interpreter);
  if (!format_native(interpreter, out, kind, self, arguments[0], 0, as_str(arguments[0])->length)) return Ref();
  return out.finish();
}

Ref int_dunder_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return native_dunder_format(interpreter, NativeKind::Int, "int.__format__", self, arguments, count, kwnames);
}

Ref float_dunder_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  return native_dunder_format(interpreter, NativeKind::Float, "float.__format__", self, arguments, count, kwnames);
}

Ref complex_dunder_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  return native_dunder_format(interpreter, NativeKind::Complex, "complex.__format__", self, arguments, count, kwnames);
}

// object.__format__: str(self), and no spec is understood.
Ref object_dunder_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!format_spec_argument(interpreter, "object.__format__", arguments, count, kwnames)) return Ref();
  if (as_str(arguments[0])->length > 0)
    return interpreter.raise(interpreter.TypeError_type, "unsupported format string passed to " +
                                                             std::string(type_name(interpreter, self)) + ".__format__");
  return str(interpreter, self);
}

// ---- str.format ----

// Where replacement fields find their values: positional arguments and
// keyword arguments (str.format), or a mapping (str.format_map).
struct FieldSource {
  const Value* positional = nullptr;
  std::size_t positional_count = 0;
  bool has_positional = true;
  const Value* keyword_values = nullptr;
  Value kwnames;
  Value mapping;
};

// "{}" numbering: CPython's AutoNumber.
struct AutoNumber {
  enum State { Initial, Automatic, Manual } state = Initial;
  std::int64_t next = 0;
};

// The non-negative integer a field name part spells (any script's digits),
// or -1 when it is not one (or, with an exception pending, too long).
std::int64_t field_integer(Interpreter& interpreter, const StrObject* text, std::int64_t start, std::int64_t end) {
  if (start >= end) return -1;
  std::int64_t position = start;
  std::int64_t value = 0;
  const std::int64_t digits = read_integer(interpreter, text, position, end, value);
  if (digits < 0) return -1;
  return position == end ? value : -1;
}

}  // namespace

// ---- the markup of format strings (CPython's MarkupIterator and
// FieldNameIterator, shared by str.format and _string) ----

MarkupIterator::MarkupIterator(Value format, std::int64_t start, std::int64_t end)
    : text_(as_str(format)), position_(start), end_(end) {}

// CPython's MarkupIterator_next: literal text up to a single brace (a
// doubled one ends the literal, itself included), then the field after a
// '{' (CPython's parse_field).
int MarkupIterator::next(Interpreter& interpreter, MarkupField& out) {
  if (position_ >= end_) return 0;
  out = MarkupField{};
  out.literal_start = position_;
  char32_t c = 0;
  bool markup = false;
  while (position_ < end_) {
    c = text_->at(position_++);
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  const bool at_end = position_ >= end_;
  out.literal_end = position_;
  if (c == '}' && markup && (at_end || text_->at(position_) != '}')) {
    fail(interpreter, interpreter.ValueError_type, "Single '}' encountered in format string");
    return -1;
  }
  if (at_end && markup && c == '{') {
    fail(interpreter, interpreter.ValueError_type, "Single '{' encountered in format string");
    return -1;
  }
  if (markup && !at_end) {
    if (text_->at(position_) == c) {
      // A doubled brace stands for itself.
      ++position_;
      markup = false;
    } else {
      --out.literal_end;
    }
  }
  if (!markup) return 1;
  out.has_field = true;
  return parse_field(interpreter, out) ? 1 : -1;
}

bool MarkupIterator::parse_field(Interpreter& interpreter, MarkupField& out) {
  out.name_start = position_;
  char32_t c = 0;
  while (position_ < end_) {
    c = text_->at(position_++);
    if (c == '{') return fail(interpreter, interpreter.ValueError_type, "unexpected '{' in field name");
    if (c == '[') {
      while (position_ < end_ && text_->at(position_) != ']') ++position_;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  out.name_end = position_ - 1;
  out.spec_start = out.spec_end = position_;
  if (c != '!' && c != ':') {
    if (c != '}') return fail(interpreter, interpreter.ValueError_type, "expected '}' before end of string");
    return true;
  }
  if (c == '!') {
    if (position_ >= end_)
      return fail(interpreter, interpreter.ValueError_type, "end of string while looking for conversion specifier");
    out.conversion = text_->at(position_++);
    if (position_ < end_) {
      const char32_t next = text_->at(position_++);
      if (next == '}') {
        out.spec_start = out.spec_end = position_;
        return true;
      }
      if (next != ':') return fail(interpreter, interpreter.ValueError_type, "expected ':' after conversion specifier");
    }
  }
  out.spec_start = position_;
  int nesting = 1;
  while (position_ < end_) {
    const char32_t s = text_->at(position_++);
    if (s == '{') {
      out.spec_needs_expanding = true;
      ++nesting;
    } else if (s == '}' && --nesting == 0) {
      out.spec_end = position_ - 1;
      return true;
    }
  }
  return fail(interpreter, interpreter.ValueError_type, "unmatched '{' in format spec");
}

std::int64_t field_name_first_end(Value format, std::int64_t start, std::int64_t end) {
  const StrObject* text = as_str(format);
  while (start < end && text->at(start) != '.' && text->at(start) != '[') ++start;
  return start;
}

std::int64_t field_name_integer(Interpreter& interpreter, Value format, std::int64_t start, std::int64_t end) {
  return field_integer(interpreter, as_str(format), start, end);
}

FieldNameIterator::FieldNameIterator(Value format, std::int64_t start, std::int64_t end)
    : text_(as_str(format)), position_(start), end_(end) {}

int FieldNameIterator::next(Interpreter& interpreter, FieldNamePart& out) {
  if (position_ >= end_) return 0;
  const char32_t c = text_->at(position_++);
  out.start = out.end = position_;
  out.attribute = false;
  if (c == '.') {
    out.attribute = true;
    while (position_ < end_ && text_->at(position_) != '.' && text_->at(position_) != '[') ++position_;
    out.end = position_;
  } else if (c == '[') {
    while (position_ < end_ && text_->at(position_) != ']') ++position_;
    if (position_ >= end_) {
      fail(interpreter, interpreter.ValueError_type, "Missing ']' in format string");
      return -1;
    }
    out.end = position_++;
  } else {
    fail(interpreter, interpreter.ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
    return -1;
  }
  if (out.start == out.end) {
    fail(interpreter, interpreter.ValueError_type, "Empty attribute in format string");
    return -1;
  }
  return 1;
}

namespace {

class StringFormatter {
 public:
  StringFormatter(Interpreter& interpreter, const FieldSource& source) : interpreter_(interpreter), source_(source) {}

  // Appends format[start:end] with its fields replaced (CPython's
  // build_string/output_markup); `depth` bounds nested specs.
  bool build(Value format, std::int64_t start, std::int64_t end, int depth, StrBuilder& out) {
    if (depth <= 0) return fail(interpreter_, interpreter_.ValueError_type, "Max string recursion exceeded");
    MarkupIterator markup(format, start, end);
    MarkupField field;
    for (int step; (step = markup.next(interpreter_, field)) != 0;) {
      if (step < 0) return false;
      out.append(format, field.literal_start, field.literal_end);
      if (field.has_field && !replace_field(format, field, depth, out)) return false;
    }
    return true;
  }

 private:
  // Appends the formatted value of a parsed replacement field.
  bool replace_field(Value format, const MarkupField& field, int depth, StrBuilder& out) {
    Ref object = field_value(format, field.name_start, field.name_end);
    if (!object) return false;
    if (field.conversion != 0) {
      switch (field.conversion) {
        case 'r': object = repr(interpreter_, object.get()); break;
        case 's': object = str(interpreter_, object.get()); break;
        case 'a': object = ascii_repr(interpreter_, object.get()); break;
        default:
          return fail(interpreter_, interpreter_.ValueError_type,
                      "Unknown conversion specifier " + quoted_code(field.conversion));
      }
      if (!object) return false;
    }
    std::int64_t spec_start = field.spec_start, spec_end = field.spec_end;
    Ref spec;
    if (field.spec_needs_expanding) {
      StrBuilder expanded(interpreter_);
      if (!build(format, spec_start, spec_end, depth - 1, expanded)) return false;
      spec = expanded.finish();
      if (!spec) return false;
      spec_start = 0;
      spec_end = as_str(spec.get())->length;
    } else {
      spec = Ref::borrow(format);
    }
    return render(object.get(), spec.get(), spec_start, spec_end, out);
  }

  // CPython's render_field: str, int and float directly, anything else
  // through format().
  bool render(Value object, Value spec, std::int64_t start, std::int64_t end, StrBuilder& out) {
    const NativeKind kind = native_kind(interpreter_, object);
    if (kind != NativeKind::None)
      return format_native(interpreter_, out, kind, object, spec, start, end);
    Ref spec_text = str_substring(interpreter_, spec, start, end);
    Ref result = format_value(interpreter_, object, spec_text.get());
    if (!result) return false;
    out.append(result.get());
    return true;
  }

  // The value a field name selects (CPython's get_field_object): an
  // argument by number or name, then .attribute and [key] lookups.
  Ref field_value(Value format, std::int64_t start, std::int64_t end) {
    const StrObject* text = as_str(format);
    const std::int64_t first_end = field_name_first_end(format, start, end);
    std::int64_t index = field_integer(interpreter_, text, start, first_end);
    if (index < 0 && interpreter_.has_exception()) return Ref();
    const bool empty = first_end == start;
    if (empty || index >= 0) {
      if (auto_number_.state == AutoNumber::Initial)
        auto_number_.state = empty ? AutoNumber::Automatic : AutoNumber::Manual;
      if (auto_number_.state == AutoNumber::Manual && empty)
        return value_error(interpreter_,
                           "cannot switch from manual field specification to automatic field numbering");
      if (auto_number_.state == AutoNumber::Automatic && !empty)
        return value_error(interpreter_,
                           "cannot switch from automatic field numbering to manual field specification");
      if (empty) index = auto_number_.next++;
    }
    Ref object;
    if (index < 0) {
      Ref key = str_substring(interpreter_, format, start, first_end);
      object = keyword_value(key.get());
    } else {
      if (!source_.has_positional) return value_error(interpreter_, "Format string contains positional fields");
      if (index >= static_cast<std::int64_t>(source_.positional_count))
        return interpreter_.raise(interpreter_.IndexError_type, "Replacement index " + std::to_string(index) +
                                                                    " out of range for positional args tuple");
      object = Ref::borrow(source_.positional[index]);
    }
    if (!object) return Ref();
    // The rest: .name and [key] (CPython's FieldNameIterator).
    FieldNameIterator parts(format, first_end, end);
    FieldNamePart part;
    for (int step; (step = parts.next(interpreter_, part)) != 0;) {
      if (step < 0) return Ref();
      Ref name = str_substring(interpreter_, format, part.start, part.end);
      if (part.attribute) {
        object = get_attribute(interpreter_, object.get(), name.get());
      } else {
        const std::int64_t item = field_integer(interpreter_, text, part.start, part.end);
        if (item < 0 && interpreter_.has_exception()) return Ref();
        Ref key = item >= 0 ? new_int(interpreter_, item) : std::move(name);
        object = get_item(interpreter_, object.get(), key.get());
      }
      if (!object) return Ref();
    }
    return object;
  }

  Ref keyword_value(Value key) {
    if (!source_.mapping.is_null()) return get_item(interpreter_, source_.mapping, key);
    const std::size_t keywords = keyword_count(source_.kwnames);
    for (std::size_t i = 0; i < keywords; ++i)
      if (str_equal(as_tuple(source_.kwnames)->items()[i], key)) return Ref::borrow(source_.keyword_values[i]);
    return raise_key_error(interpreter_, key);
  }

  Interpreter& interpreter_;
  const FieldSource& source_;
  AutoNumber auto_number_;
};

Ref format_string(Interpreter& interpreter, Value format, const FieldSource& source) {
  StringFormatter formatter(interpreter, source);
  StrBuilder out(interpreter, as_str(format)->length);
  if (!formatter.build(format, 0, as_str(format)->length, 2, out)) return Ref();
  return out.finish();
}

// ---- printf-style formatting: format % args ----

// Bytes as the str of the same code points, and back (bytes formatting
// works on text of code points below 256).
Ref latin1_str(Interpreter& interpreter, std::string_view data) {
  StrBuilder out(interpreter, static_cast<std::int64_t>(data.size()));
  unsigned char* characters = out.append_bytes(static_cast<std::int64_t>(data.size()));
  if (characters) std::copy(data.begin(), data.end(), characters);
  return out.finish();
}

Ref latin1_to_bytes(Interpreter& interpreter, Value text, bool array) {
  const StrObject* str = as_str(text);
  const std::string_view data(reinterpret_cast<const char*>(str->data()), static_cast<std::size_t>(str->length));
  return array ? new_bytearray(interpreter, data) : new_bytes(interpreter, data);
}

// One conversion's flags, width and precision (CPython's
// unicode_format_arg_t).
struct PercentArgument {
  char32_t code = 0;
  bool left = false;       // '-'
  bool sign = false;       // '+'
  bool blank = false;      // ' '
  bool alternate = false;  // '#'
  bool zero = false;       // '0'
  std::int64_t width = -1;
  std::int64_t precision = -1;
};

// Formats `format % arguments` for a str, or for bytes when `bytes` (then
// the format is the bytes read as Latin-1, and so is the result: %s and %b
// take bytes-like objects, %r is ascii(), %c a byte; CPython's
// _PyBytes_FormatEx).
class PercentFormatter {
 public:
  PercentFormatter(Interpreter& interpreter, Value format, Value arguments, bool bytes = false)
      : interpreter_(interpreter), format_(format), text_(as_str(format)), arguments_(arguments), bytes_(bytes) {
    if (is_tuple_instance(interpreter, arguments)) {
      argument_count_ = as_tuple(arguments)->size;
      argument_index_ = 0;
    }
    // A mapping (anything subscriptable but a tuple or str) serves
    // %(name)s; CPython's PyMapping_Check.
    const Type* type = type_of(interpreter, arguments);
    if (type->subscript && !is_tuple_instance(interpreter, arguments) &&
        !(bytes ? is_bytes(interpreter, arguments) : is_str(interpreter, arguments)))
      mapping_ = arguments;
  }

  Ref run() {
    StrBuilder out(interpreter_, text_->length);
    const std::int64_t length = text_->length;
    while (position_ < length) {
      if (text_->at(position_) != '%') {
        const std::int64_t start = position_;
        while (position_ < length && text_->at(position_) != '%') ++position_;
        out.append(format_, start, position_);
        continue;
      }
      ++position_;
      if (!conversion(out)) return Ref();
    }
    if (argument_index_ < argument_count_ && mapping_.is_null())
      return interpreter_.raise(interpreter_.TypeError_type, not_all_converted());
    return out.finish();
  }

 private:
  std::string not_all_converted() const {
    return std::string("not all arguments converted during ") + (bytes_ ? "bytes" : "string") + " formatting";
  }

  // The next argument (CPython's unicode_format_getnextarg), borrowed.
  Value next_argument() {
    if (argument_index_ < argument_count_) {
      const std::int64_t index = argument_index_++;
      if (argument_count_ < 0) return current_ ? current_.get() : arguments_;
      return as_tuple(arguments_)->items()[index];
    }
    interpreter_.set_exception(interpreter_.TypeError_type, "not enough arguments for format string");
    return Value();
  }

  bool at_end() const { return position_ >= text_->length; }
  char32_t next_char() { return text_->at(position_++); }

  bool star_value(std::int64_t& out) {
    const Value value = next_argument();
    if (value.is_null()) return false;
    if (!is_int(interpreter_, value)) return fail(interpreter_, interpreter_.TypeError_type, "* wants int");
    if (!int_to_int64(interpreter_, value, out))
      return fail(interpreter_, interpreter_.OverflowError_type, "Python int too large to convert to C ssize_t");
    return true;
  }

  // Reads digits into `out` after the first one in `c`; false with
  // ValueError `message` when beyond `limit`.
  bool read_number(char32_t& c, std::int64_t& out, std::int64_t limit, const char* message, bool& ended) {
    out = c - '0';
    while (!(ended = at_end())) {
      c = next_char();
      if (c < '0' || c > '9') return true;
      if (out > (limit - static_cast<std::int64_t>(c - '0')) / 10)
        return fail(interpreter_, interpreter_.ValueError_type, message);
      out = out * 10 + (c - '0');
    }
    return true;
  }

  // After a '%': parses one conversion and appends it (CPython's
  // unicode_format_arg).
  bool conversion(StrBuilder& out) {
    if (!at_end() && text_->at(position_) == '%') {
      ++position_;
      out.append('%');
      return true;
    }
    PercentArgument argument;
    if (!at_end() && text_->at(position_) == '(') {
      if (mapping_.is_null()) return fail(interpreter_, interpreter_.TypeError_type, "format requires a mapping");
      ++position_;
      const std::int64_t key_start = position_;
      int depth = 1;
      while (depth > 0 && !at_end()) {
        const char32_t c = next_char();
        if (c == ')')
          --depth;
        else if (c == '(')
          ++depth;
      }
      if (depth > 0) return fail(interpreter_, interpreter_.ValueError_type, "incomplete format key");
      Ref key = str_substring(interpreter_, format_, key_start, position_ - 1);
      if (bytes_) key = latin1_to_bytes(interpreter_, key.get(), false);
      current_ = get_item(interpreter_, mapping_, key.get());
      if (!current_) return false;
      argument_count_ = -1;
      argument_index_ = -2;
    }
    bool ended = at_end();
    char32_t c = 0;
    while (!ended) {
      c = next_char();
      if (c == '-') argument.left = true;
      else if (c == '+') argument.sign = true;
      else if (c == ' ') argument.blank = true;
      else if (c == '#') argument.alternate = true;
      else if (c == '0') argument.zero = true;
      else break;
      ended = at_end();
    }
    if (!ended && c == '*') {
      if (!star_value(argument.width)) return false;
      if (argument.width < 0) {
        argument.left = true;
        argument.width = -argument.width;
      }
      ended = at_end();
      if (!ended) c = next_char();
    } else if (!ended && c >= '0' && c <= '9') {
      if (!read_number(c, argument.width, INT64_MAX, "width too big", ended)) return false;
    }
    if (!ended && c == '.') {
      argument.precision = 0;
      ended = at_end();
      if (!ended) c = next_char();
      if (!ended && c == '*') {
        if (!star_value(argument.precision)) return false;
        if (argument.precision > INT_MAX || argument.precision < INT_MIN)
          return fail(interpreter_, interpreter_.OverflowError_type, "Python int too large to convert to C int");
        if (argument.precision < 0) argument.precision = 0;
        ended = at_end();
        if (!ended) c = next_char();
      } else if (!ended && c >= '0' && c <= '9') {
        if (!read_number(c, argument.precision, INT_MAX, "precision too big", ended)) return false;
      }
    }
    if (!ended && (c == 'h' || c == 'l' || c == 'L')) {
      ended = at_end();
      if (!ended) c = next_char();
    }
    if (ended) return fail(interpreter_, interpreter_.ValueError_type, "incomplete format");
    argument.code = c;
    if (!format_argument(argument, out)) return false;
    if (!mapping_.is_null() && argument_index_ < argument_count_)
      return fail(interpreter_, interpreter_.TypeError_type, not_all_converted());
    return true;
  }

  // CPython's unicode_format_arg_format then unicode_format_arg_output.
  bool format_argument(PercentArgument& argument, StrBuilder& out) {
    const Value value = next_argument();
    if (value.is_null()) return false;
    if (!bytes_ && append_plain(argument, value, out)) return true;
    Ref text;
    bool numeric = false;
    switch (argument.code) {
      case 's': text = bytes_ ? bytes_text(value) : str(interpreter_, value); break;
      case 'r': text = bytes_ ? ascii_repr(interpreter_, value) : repr(interpreter_, value); break;
      case 'a': text = ascii_repr(interpreter_, value); break;
      case 'b':
        if (bytes_) {
          text = bytes_text(value);
          break;
        }
        return unsupported_character(argument.code);
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        text = format_integer(argument, value);
        numeric = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        text = format_real(argument, value);
        numeric = true;
        break;
      case 'c': {
        char32_t character = 0;
        if (!(bytes_ ? byte_of(value, character) : character_of(value, character))) return false;
        text = new_str_from_code_point(interpreter_, character);
        break;
      }
      default:
        return unsupported_character(argument.code);
    }
    if (!text) return false;
    output(argument, numeric, text.get(), out);
    return true;
  }

  // The common cases -- %s or %d of an int, %s of a str, without flags,
  // width or precision -- appended with no intermediate str: false when
  // the general path must run.
  bool append_plain(const PercentArgument& argument, Value value, StrBuilder& out) {
    const char32_t code = argument.code;
    if (argument.width >= 0 || argument.precision >= 0 || argument.sign || argument.blank || argument.alternate)
      return false;
    if (value.is_small_int() && (code == 's' || code == 'd' || code == 'i')) {
      char digits[24];
      const auto written = std::to_chars(digits, digits + sizeof digits, value.as_small_int());
      out.append_ascii({digits, static_cast<std::size_t>(written.ptr - digits)});
      return true;
    }
    if (code == 's' && value.is_object() && value.as_object()->type == interpreter_.str_type) {
      out.append(value);
      return true;
    }
    return false;
  }

  bool unsupported_character(char32_t c) {
    char message[96];
    std::snprintf(message, sizeof message, "unsupported format character '%c' (0x%x) at index %lld",
                  c >= 31 && c <= 126 ? static_cast<char>(c) : '?', static_cast<unsigned>(c),
                  static_cast<long long>(position_ - 1));
    return fail(interpreter_, interpreter_.ValueError_type, message);
  }

  // %s and %b of bytes formatting: a bytes-like object or __bytes__, as
  // Latin-1 text.
  Ref bytes_text(Value value) {
    std::string_view view;
    if (byte_view(interpreter_, value, view)) return latin1_str(interpreter_, view);
    bool found = true;
    Ref converted = call_special(interpreter_, value, interpreter_.intern("__bytes__"), nullptr, 0, found);
    if (found) {
      if (!converted) return Ref();
      if (!is_bytes(interpreter_, converted.get()))
        return interpreter_.raise(interpreter_.TypeError_type,
                                  "__bytes__ returned non-bytes (type " +
                                      std::string(type_name(interpreter_, converted.get())) + ")");
      return latin1_str(interpreter_, as_bytes(converted.get())->view());
    }
    return interpreter_.raise(interpreter_.TypeError_type,
                              "%b requires a bytes-like object, or an object that implements __bytes__, not " +
                                  quoted_type_name(interpreter_, value));
  }

  // %c of bytes formatting (CPython's byte_converter): one byte, or an
  // integer in range(256).
  bool byte_of(Value value, char32_t& out) {
    std::string_view view;
    if (byte_view(interpreter_, value, view) && view.size() == 1) {
      out = static_cast<unsigned char>(view[0]);
      return true;
    }
    if (!is_int(interpreter_, value) && lookup_special(interpreter_, value, interpreter_.names.dunder_index).is_null())
      return fail(interpreter_, interpreter_.TypeError_type, "%c requires an integer in range(256) or a single byte");
    Ref integer = number_index(interpreter_, value);
    if (!integer) return false;
    std::int64_t code = -1;
    if (!int_to_int64(interpreter_, integer.get(), code) || code < 0 || code > 255)
      return fail(interpreter_, interpreter_.OverflowError_type, "%c arg not in range(256)");
    out = static_cast<char32_t>(code);
    return true;
  }

  // %d, %o, %x (CPython's mainformatlong and _PyUnicode_FormatLong): the
  // digits with the sign, the alternate prefix and the precision's zeros.
  Ref format_integer(const PercentArgument& argument, Value value) {
    const char code = static_cast<char>(argument.code);
    const bool integer_only = code == 'o' || code == 'x' || code == 'X';
    Ref integer;
    if (is_int(interpreter_, value)) {
      integer = Ref::borrow(value);
    } else if (!integer_only && type_of(interpreter_, value) == interpreter_.float_type) {
      integer = float_to_int(float_value(value));
      if (!integer) return Ref();
    } else if (integer_only && !lookup_special(interpreter_, value, interpreter_.names.dunder_index).is_null()) {
      std::int64_t index = 0;
      if (!index_argument(interpreter_, value, index)) return Ref();
      integer = new_int(interpreter_, index);
    } else {
      return interpreter_.raise(interpreter_.TypeError_type,
                                std::string("%") + code + " format: " +
                                    (integer_only ? "an integer" : "a real number") + " is required, not " +
                                    std::string(type_name(interpreter_, value)));
    }
    std::string digits;
    if (!int_text(interpreter_, integer.get(), code == 'o' ? 8 : integer_only ? 16 : 10, digits)) return Ref();
    std::string text;
    if (digits[0] == '-') {
      text = "-";
      digits.erase(0, 1);
    }
    if (argument.alternate && integer_only) text += code == 'o' ? "0o" : "0x";
    if (argument.precision > static_cast<std::int64_t>(digits.size()))
      text.append(static_cast<std::size_t>(argument.precision) - digits.size(), '0');
    text += digits;
    if (code == 'X')
      for (char& c : text) c = upper_ascii(c);
    return new_str(interpreter_, text);
  }

  // int(x) of a float for %d: truncated toward zero.
  Ref float_to_int(double number) {
    if (std::isnan(number)) return value_error(interpreter_, "cannot convert float NaN to integer");
    if (std::isinf(number))
      return interpreter_.raise(interpreter_.OverflowError_type, "cannot convert float infinity to integer");
    const double truncated = std::trunc(number);
    if (std::fabs(truncated) < 9.0e18) return new_int(interpreter_, static_cast<std::int64_t>(truncated));
    mpz_t big;
    mpz_init_set_d(big, truncated);
    Ref result = new_int(interpreter_, big);
    mpz_clear(big);
    return result;
  }

  // %e, %f, %g (CPython's formatfloat).
  Ref format_real(const PercentArgument& argument, Value value) {
    double number = 0;
    if (type_of(interpreter_, value) == interpreter_.float_type ||
        is_subtype(type_of(interpreter_, value), interpreter_.float_type)) {
      number = float_value(value);
    } else if (is_int(interpreter_, value)) {
      if (!int_to_double(interpreter_, value, number)) return Ref();
    } else {
      return interpreter_.raise(interpreter_.TypeError_type,
                                "must be real number, not " + std::string(type_name(interpreter_, value)));
    }
    DoubleFormatFlags flags;
    flags.alternate = argument.alternate;
    const int precision = argument.precision < 0 ? 6 : static_cast<int>(argument.precision);
    return new_str(interpreter_, double_to_string(number, static_cast<char>(argument.code), precision, flags));
  }

  // %c: an int code point or a one-character str (CPython's formatchar).
  bool character_of(Value value, char32_t& out) {
    if (is_str(interpreter_, value)) {
      if (as_str(value)->length != 1) return fail(interpreter_, interpreter_.TypeError_type, "%c requires int or char");
      out = as_str(value)->at(0);
      return true;
    }
    if (!is_int(interpreter_, value) &&
        lookup_special(interpreter_, value, interpreter_.names.dunder_index).is_null())
      return fail(interpreter_, interpreter_.TypeError_type, "%c requires int or char");
    std::int64_t code = 0;
    if (is_int(interpreter_, value)) {
      if (!int_to_int64(interpreter_, value, code)) code = -1;
    } else if (!index_argument(interpreter_, value, code)) {
      return false;
    }
    if (code < 0 || code > 0x10FFFF)
      return fail(interpreter_, interpreter_.OverflowError_type, "%c arg not in range(0x110000)");
    out = static_cast<char32_t>(code);
    return true;
  }

  // CPython's unicode_format_arg_output: precision truncation for
  // s/r/a, then sign, alternate prefix and padding.
  void output(PercentArgument& argument, bool numeric, Value text, StrBuilder& out) {
    const char32_t fill = numeric && argument.zero ? '0' : ' ';
    std::int64_t length = as_str(text)->length;
    const char32_t code = argument.code;
    if (code == 's' || code == 'r' || code == 'a')
      if (argument.precision >= 0 && length > argument.precision) length = argument.precision;
    std::int64_t index = 0;
    char32_t sign_char = 0;
    bool sign = numeric;
    if (sign) {
      const char32_t first = length > 0 ? as_str(text)->at(0) : 0;
      if (first == '-' || first == '+') {
        sign_char = first;
        --length;
        ++index;
      } else if (argument.sign) {
        sign_char = '+';
      } else if (argument.blank) {
        sign_char = ' ';
      } else {
        sign = false;
      }
    }
    std::int64_t width = std::max(argument.width, length);
    if (sign) {
      if (fill != ' ') out.append(sign_char);
      if (width > length) --width;
    }
    const bool prefix = argument.alternate && (code == 'x' || code == 'X' || code == 'o');
    if (prefix) {
      if (fill != ' ') {
        out.append(text, index, index + 2);
        index += 2;
      }
      width = std::max<std::int64_t>(width - 2, 0);
      length -= 2;
    }
    if (width > length && !argument.left) {
      out.append_repeated(fill, width - length);
      width = length;
    }
    if (fill == ' ') {
      if (sign) out.append(sign_char);
      if (prefix) {
        out.append(text, index, index + 2);
        index += 2;
      }
    }
    out.append(text, index, index + length);
    if (width > length) out.append_repeated(' ', width - length);
  }

  Interpreter& interpreter_;
  Value format_;
  const StrObject* text_;
  Value arguments_;
  bool bytes_;
  Value mapping_;
  Ref current_;  // the value of the last %(key)
  std::int64_t position_ = 0;
  std::int64_t argument_count_ = -1;
  std::int64_t argument_index_ = -2;
};

}  // namespace

Ref format_value(Interpreter& interpreter, Value value, Value spec) {
  const NativeKind kind = native_kind(interpreter, value);
  if (kind != NativeKind::None) {
    if (kind == NativeKind::Str && as_str(spec)->length == 0) return Ref::borrow(value);
    StrBuilder out(interpreter);
    if (!format_native(interpreter, out, kind, value, spec, 0, as_str(spec)->length)) return Ref();
    return out.finish();
  }
  const Value method = lookup_special(interpreter, value, interpreter.names.dunder_format);
  if (method.is_null())
    return interpreter.raise(interpreter.TypeError_type,
                             "Type " + std::string(type_name(interpreter, value)) + " doesn't define __format__");
  Ref result = call_with_self(interpreter, method, value, &spec, 1, Value());
  if (result && !is_str(interpreter, result.get()))
    return interpreter.raise(interpreter.TypeError_type, "__format__ must return a str, not " +
                                                             std::string(type_name(interpreter, result.get())));
  return result;
}

Ref ascii_repr(Interpreter& interpreter, Value value) {
  Ref text = repr(interpreter, value);
  if (!text || as_str(text.get())->ascii) return text;
  const StrObject* shown = as_str(text.get());
  StrBuilder out(interpreter, shown->length);
  for (std::int64_t i = 0; i < shown->length; ++i) {
    const char32_t c = shown->at(i);
    if (c < 0x80) {
      out.append(c);
      continue;
    }
    char escape[16];
    if (c < 0x100)
      std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned>(c));
    else if (c < 0x10000)
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
    else
      std::snprintf(escape, sizeof escape, "\\U%08x", static_cast<unsigned>(c));
    out.append_ascii(escape);
  }
  return out.finish();
}

Ref str_remainder(Interpreter& interpreter, Value left, Value right) {
  if (!is_str(interpreter, left)) return Ref::borrow(interpreter.not_implemented());
  PercentFormatter formatter(interpreter, left, right);
  return formatter.run();
}

Ref bytes_remainder(Interpreter& interpreter, Value left, Value right) {
  std::string_view format;
  if (!byte_view(interpreter, left, format)) return Ref::borrow(interpreter.not_implemented());
  Ref text = latin1_str(interpreter, format);
  if (!text) return Ref();
  PercentFormatter formatter(interpreter, text.get(), right, true);
  Ref result = formatter.run();
  if (!result) return Ref();
  return latin1_to_bytes(interpreter, result.get(), is_bytearray(interpreter, left));
}

Ref str_method_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  FieldSource source;
  source.positional = arguments;
  source.positional_count = count;
  source.keyword_values = arguments + count;
  source.kwnames = kwnames;
  return format_string(interpreter, self, source);
}

Ref str_method_format_map(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  if (!reject_keywords(interpreter, "str.format_map", kwnames) ||
      !check_positional(interpreter, "str.format_map", count, 1, 1))
    return Ref();
  FieldSource source;
  source.has_positional = false;
  source.mapping = arguments[0];
  return format_string(interpreter, self, source);
}

Ref str_method_dunder_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                             Value kwnames) {
  return native_dunder_format(interpreter, NativeKind::Str, "str.__format__", self, arguments, count, kwnames);
}

Ref builtin_format(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "format", kwnames) || !check_positional(interpreter, "format", count, 1, 2))
    return Ref();
  if (count == 1) {
    Ref empty = new_str(interpreter, "");
    return format_value(interpreter, arguments[0], empty.get());
  }
  if (!is_str(interpreter, arguments[1]))
    return interpreter.raise(interpreter.TypeError_type,
                             "format() argument 2 must be str, not " + argument_type_name(interpreter, arguments[1]));
  return format_value(interpreter, arguments[0], arguments[1]);
}

void init_format(Interpreter& interpreter) {
  add_methods(interpreter, interpreter.object_type, {{"__format__", &object_dunder_format}});
  add_methods(interpreter, interpreter.int_type, {{"__format__", &int_dunder_format}});
  add_methods(interpreter, interpreter.float_type, {{"__format__", &float_dunder_format}});
  add_methods(interpreter, interpreter.complex_type, {{"__format__", &complex_dunder_format}});
}

}  // namespace krait::runtime
