// Objects: reading numbers from str as int(text, base) and float(text) do
// (CPython's PyLong_FromUnicodeObject and PyFloat_FromString): surrounding
// whitespace, signs, base prefixes, single underscores between digits, any
// Unicode decimal digits, and CPython's ValueErrors; complex(text) too.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// int(text, base). Precondition: text is a str or a bytes-like object (read
// as ASCII); base is 0 or in 2..36.
Ref int_from_text(Interpreter& interpreter, Value text, int base);

// The text int() and float() read from a buffer: bytes and bytearray
// themselves, a memoryview's bytes copied; null (no exception) for other
// objects.
Ref buffer_number_text(Interpreter& interpreter, Value value);

// float(text). Precondition: text is a str or a bytes-like object.
Ref float_from_text(Interpreter& interpreter, Value text);
// complex(text): "1+2j", "(-1.5e3j)", "inf-nanj", ... Precondition: text
// is a str.
Ref complex_from_text(Interpreter& interpreter, Value text);

}  // namespace krait::runtime
