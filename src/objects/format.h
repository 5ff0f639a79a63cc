// Objects: text formatting, as CPython 3.11 does it: format() and the
// format-spec mini-language (Python/formatter_unicode.c) for int, float and
// str; str.format and str.format_map (Objects/stringlib/unicode_format.h);
// printf-style `str % args` (PyUnicode_Format); and ascii().
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

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
