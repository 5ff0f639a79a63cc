// Unit tests: float repr and constant reprs, checked against CPython 3.11's output.
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "parser/ast_dump.h"
#include "support/number_format.h"

namespace krait {
namespace {

using ast::ConstantValue;

std::string str_repr(std::string_view text) {
  ConstantValue value;
  value.tag = ConstantValue::Tag::Str;
  value.text = text;
  return ast::constant_repr(value);
}

std::string bytes_repr(std::string_view bytes) {
  ConstantValue value;
  value.tag = ConstantValue::Tag::Bytes;
  value.text = bytes;
  return ast::constant_repr(value);
}

std::string number_repr(ConstantValue::Tag tag, double number) {
  ConstantValue value;
  value.tag = tag;
  value.number = number;
  return ast::constant_repr(value);
}

TEST(FloatRepr, MatchesPython) {
  EXPECT_EQ(float_repr(0.0), "0.0");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(-1.5), "-1.5");
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(0.2+0.1), "0.30000000000000004");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(9999999999999998.0), "9999999999999998.0");
  EXPECT_EQ(float_repr(1234567890123456.0), "1234567890123456.0");
  EXPECT_EQ(float_repr(12345678901234567.0), "1.2345678901234568e+16");
  EXPECT_EQ(float_repr(1e-4), "0.0001");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.00012345), "0.00012345");
  EXPECT_EQ(float_repr(1.2345e-5), "1.2345e-05");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(2.2250738585072014e-308), "2.2250738585072014e-308");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(1e22), "1e+22");
  EXPECT_EQ(float_repr(1e100), "1e+100");
  EXPECT_EQ(float_repr(123.456), "123.456");
  EXPECT_EQ(float_repr(3.141592653589793), "3.141592653589793");
  EXPECT_EQ(float_repr(100.0), "100.0");
  EXPECT_EQ(float_repr(1e-100), "1e-100");
  EXPECT_EQ(float_repr(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(float_repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(float_repr(std::numeric_limits<double>::quiet_NaN()), "nan");
  EXPECT_EQ(float_repr(2.5e-7), "2.5e-07");
  EXPECT_EQ(float_repr(0.3), "0.3");
  EXPECT_EQ(float_repr(1.0 / 3), "0.3333333333333333");
}

TEST(ConstantRepr, Singletons) {
  ConstantValue value;
  EXPECT_EQ(ast::constant_repr(value), "None");
  value.tag = ConstantValue::Tag::True;
  EXPECT_EQ(ast::constant_repr(value), "True");
  value.tag = ConstantValue::Tag::False;
  EXPECT_EQ(ast::constant_repr(value), "False");
  value.tag = ConstantValue::Tag::Ellipsis;
  EXPECT_EQ(ast::constant_repr(value), "Ellipsis");
}

TEST(ConstantRepr, Integers) {
  ConstantValue value;
  value.tag = ConstantValue::Tag::Int;
  value.integer = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(ast::constant_repr(value), "-9223372036854775808");
  value.integer = 42;
  EXPECT_EQ(ast::constant_repr(value), "42");
  value.tag = ConstantValue::Tag::BigInt;
  value.text = "18446744073709551616";
  EXPECT_EQ(ast::constant_repr(value), "18446744073709551616");
}

TEST(ConstantRepr, FloatsAndImaginaryLiterals) {
  EXPECT_EQ(number_repr(ConstantValue::Tag::Float, 1.0), "1.0");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Float, 1e16), "1e+16");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, 1.0), "1j");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, 0.0), "0j");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, 1.5), "1.5j");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, 1234567890123456.0), "1234567890123456j");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, 1e100), "1e+100j");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, 1e-5), "1e-05j");
  EXPECT_EQ(number_repr(ConstantValue::Tag::Complex, std::numeric_limits<double>::infinity()), "infj");
}

TEST(ConstantRepr, Strings) {
  EXPECT_EQ(str_repr(std::string_view("", 0)), "''");
  EXPECT_EQ(str_repr(std::string_view("abc", 3)), "'abc'");
  EXPECT_EQ(str_repr(std::string_view("it's", 4)), "\"it's\"");
  EXPECT_EQ(str_repr(std::string_view("say \x22hi\x22", 8)), "'say \"hi\"'");
  EXPECT_EQ(str_repr(std::string_view("both ' and \x22", 12)), "'both \\' and \"'");
  EXPECT_EQ(str_repr(std::string_view("tab\x09nl\x0aret\x0d", 11)), "'tab\\tnl\\nret\\r'");
  EXPECT_EQ(str_repr(std::string_view("back\x5cslash", 10)), "'back\\\\slash'");
  EXPECT_EQ(str_repr(std::string_view("\x00\x1f\x7f", 3)), "'\\x00\\x1f\\x7f'");
  EXPECT_EQ(str_repr(std::string_view("\xc2\x80\xc2\xa0\xc2\xad\xc3\xbf", 8)), "'\\x80\\xa0\\xadÿ'");
  EXPECT_EQ(str_repr(std::string_view("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 9)), "'é€😀'");
  EXPECT_EQ(str_repr(std::string_view("\xe2\x80\xa8\xe2\x80\x8b", 6)), "'\\u2028\\u200b'");
  EXPECT_EQ(str_repr(std::string_view("\xf3\xa0\x80\x81", 4)), "'\\U000e0001'");
  EXPECT_EQ(str_repr(std::string_view("\xed\xa0\x80\xed\xbf\xbf", 6)), "'\\ud800\\udfff'");
}

TEST(ConstantRepr, Bytes) {
  EXPECT_EQ(bytes_repr(std::string_view("", 0)), "b''");
  EXPECT_EQ(bytes_repr(std::string_view("abc", 3)), "b'abc'");
  EXPECT_EQ(bytes_repr(std::string_view("it's", 4)), "b\"it's\"");
  EXPECT_EQ(bytes_repr(std::string_view("'\x22", 2)), "b'\\'\"'");
  EXPECT_EQ(bytes_repr(std::string_view("\x00\x09\x0a\x0d\x5c\x7f\x80\xff", 8)), "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'");
}

}  // namespace
}  // namespace krait
