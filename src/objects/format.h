// Objects: text formatting, as CPython 3.11 does it: format() and the
// format-spec mini-language (Python/formatter_unicode.c) for int, float and
// str; str.format and str.format_map (Objects/stringlib/unicode_format.h);
// printf-style `str % args` (PyUnicode_Format); and ascii().
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct StrObject;

// One step through a format string (CPython's MarkupIterator): literal
// text, then a replacement field when `has_field`, all as code point
// ranges of the format string.
struct MarkupField {
  std::int64_t literal_start = 0, literal_end = 0;
  bool has_field = false;
  std::int64_t name_start = 0, name_end = 0;
  char32_t conversion = 0;  // the character after '!'; 0: none
  std::int64_t spec_start = 0, spec_end = 0;
  bool spec_needs_expanding = false;  // the spec holds nested fields
};

// Walks format[start:end] (a str): next() gives 1 with `out` filled, 0 at
// the end, -1 with ValueError pending ("Single '}' encountered in format
// string", ...).
class MarkupIterator {
 public:
  MarkupIterator(Value format, std::int64_t start, std::int64_t end);
  int next(Interpreter& interpreter, MarkupField& out);

 private:
  bool parse_field(Interpreter& interpreter, MarkupField& out);
  const StrObject* text_;
  std::int64_t position_, end_;
};

// A field name is its first part (an argument index or name: up to the
// first '.' or '['), then .attribute and [key] parts.
std::int64_t field_name_first_end(Value format, std::int64_t start, std::int64_t end);
// The non-negative integer a field name part spells, or -1 when it is not
// one (with ValueError pending when it has too many digits).
std::int64_t field_name_integer(Interpreter& interpreter, Value format, std::int64_t start, std::int64_t end);

struct FieldNamePart {
  bool attribute = false;  // .name, else [key]
  std::int64_t start = 0, end = 0;
};

// Walks the parts after the first (CPython's FieldNameIterator), with its
// 1 / 0 / -1 protocol.
class FieldNameIterator {
 public:
  FieldNameIterator(Value format, std::int64_t start, std::int64_t end);
  int next(Interpreter& interpreter, FieldNamePart& out);

 private:
  const StrObject* text_;
  std::int64_t position_, end_;
};

// format(value, spec): the value's __format__ (looked up on its type; int,
// float and str are formatted natively), whose result must be a str.
// `spec` must be a str.
Ref format_value(Interpreter& interpreter, Value value, Value spec);

// ascii(value): repr() with every non-ASCII character escaped.
Ref ascii_repr(Interpreter& interpreter, Value value);

// str's remainder slot: `format % args`; NotImplemented when the left
// operand is not a str.
Ref str_remainder(Interpreter& interpreter, Value left, Value right);

// The remainder slot of bytes and bytearray: `format % args` (the result
// of the left operand's type); NotImplemented when it is neither.
Ref bytes_remainder(Interpreter& interpreter, Value left, Value right);
// str.format(*args, **kwargs), str.format_map(mapping), str.__format__(spec).
Ref str_method_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref str_method_format_map(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames);
Ref str_method_dunder_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                             Value kwnames);

// The builtin format(value, format_spec='').
Ref builtin_format(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

// Installs __format__ on object, int, float and complex (str's is among its methods).
void init_format(Interpreter& interpreter);

}  // namespace krait::runtime
