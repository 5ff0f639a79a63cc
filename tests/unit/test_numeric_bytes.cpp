// Unit tests: complex hashing and arithmetic edge cases, and bytes hashes
// equal to str hashes of the same ASCII text, checked against CPython 3.11
// (PYTHONHASHSEED=0 for the hashes).
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/hash.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

TEST(Complex, HashCombinesPartsAsCPython) {
  Interpreter interpreter;
  Ref a = new_complex(interpreter, {1.0, 2.0});
  EXPECT_EQ(hash(interpreter, a.get()), 2000007);
  Ref b = new_complex(interpreter, {0.5, -1.5});
  EXPECT_EQ(hash(interpreter, b.get()), -2305843009214693955);
  Ref real = new_complex(interpreter, {-1.0, 0.0});
  EXPECT_EQ(hash(interpreter, real.get()), -2);
}

TEST(Complex, PowerOfZeroToNegativeIsZeroDivision) {
  Interpreter interpreter;
  Ref result = complex_power(interpreter, {0.0, 0.0}, {-1.0, 0.0});
  EXPECT_FALSE(result);
  EXPECT_TRUE(interpreter.has_exception());
  Ref exception = interpreter.take_exception();
  EXPECT_EQ(type_of(interpreter, exception.get()), interpreter.ZeroDivisionError_type);
}

TEST(Complex, SmallIntegralPowersAreExact) {
  Interpreter interpreter;
  Ref result = complex_power(interpreter, {0.0, 1.0}, {2.0, 0.0});
  ASSERT_TRUE(result);
  EXPECT_EQ(complex_value(result.get()).real, -1.0);
  EXPECT_EQ(complex_value(result.get()).imag, 0.0);
}

TEST(Bytes, HashEqualsStrHashOfAsciiText) {
  Interpreter interpreter;
  Ref bytes = new_bytes(interpreter, "hello bytes");
  Ref text = new_str(interpreter, "hello bytes");
  EXPECT_EQ(hash(interpreter, bytes.get()), hash(interpreter, text.get()));
  Ref empty = new_bytes(interpreter, "");
  EXPECT_EQ(hash(interpreter, empty.get()), 0);
}

TEST(Bytes, KeepsEmbeddedZerosAndTerminates) {
  Interpreter interpreter;
  Ref bytes = new_bytes(interpreter, std::string("a\0b", 3));
  EXPECT_EQ(as_bytes(bytes.get())->size, 3);
  EXPECT_EQ(as_bytes(bytes.get())->data()[3], '\0');
  Ref text = repr(interpreter, bytes.get());
  EXPECT_EQ(str_utf8(text.get()), "b'a\\x00b'");
}

}  // namespace
}  // namespace krait::runtime
