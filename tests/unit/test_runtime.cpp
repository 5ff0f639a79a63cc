// Unit tests: the tagged Value word, Ref ownership, and int arithmetic at the
// inline/big boundary, checked against CPython 3.11's results.
#include <gtest/gtest.h>

#include <string>

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

TEST(Value, SmallIntRoundTripsAtTheLimits) {
  for (std::int64_t n : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{42}, Value::small_int_min, Value::small_int_max}) {
    const Value value = Value::small_int(n);
    EXPECT_TRUE(value.is_small_int());
    EXPECT_FALSE(value.is_object());
    EXPECT_EQ(value.as_small_int(), n);
  }
  EXPECT_FALSE(Value::fits_small_int(Value::small_int_max + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::small_int_min - 1));
  EXPECT_TRUE(Value::null().is_null());
  EXPECT_FALSE(Value::null().is_object());
}

class RuntimeTest : public ::testing::Test {
 protected:
  Interpreter interpreter;

  std::string text(const Ref& value) {
    Ref shown = repr(interpreter, value.get());
    EXPECT_TRUE(shown);
    return shown ? std::string(str_utf8(shown.get())) : "<error>";
  }
  Ref integer(const char* digits) { return new_int_from_decimal(interpreter, digits); }
  std::string apply(BinaryOperator op, const char* left, const char* right) {
    Ref a = integer(left), b = integer(right);
    Ref result = binary_operation(interpreter, op, a.get(), b.get(), false);
    if (!result) {
      Ref exception = interpreter.take_exception();
      Ref message = str(interpreter, exception.get());
      return type_of(interpreter, exception.get())->name + ": " + std::string(str_utf8(message.get()));
    }
    return text(result);
  }
};

TEST_F(RuntimeTest, RefCountsBalance) {
  Ref str_value = new_str(interpreter, "abc");
  Object* object = str_value.get().as_object();
  EXPECT_EQ(object->refcount, 1);
  {
    Ref second = Ref::borrow(str_value.get());
    EXPECT_EQ(object->refcount, 2);
  }
  EXPECT_EQ(object->refcount, 1);
  Ref moved = std::move(str_value);
  EXPECT_FALSE(str_value);
  EXPECT_EQ(object->refcount, 1);
}

TEST_F(RuntimeTest, SmallResultsStayInline) {
  Ref big = integer("4611686018427387904");  // 2**62: one past the inline range
  EXPECT_TRUE(big.get().is_object());
  Ref back = binary_operation(interpreter, BinaryOperator::SUBTRACT, big.get(), Value::small_int(1), false);
  ASSERT_TRUE(back);
  EXPECT_TRUE(back.get().is_small_int());
  EXPECT_EQ(back.get().as_small_int(), Value::small_int_max);
}

TEST_F(RuntimeTest, OverflowingArithmeticBecomesBig) {
  EXPECT_EQ(apply(BinaryOperator::ADD, "4611686018427387903", "1"), "4611686018427387904");
  EXPECT_EQ(apply(BinaryOperator::SUBTRACT, "-4611686018427387904", "1"), "-4611686018427387905");
  EXPECT_EQ(apply(BinaryOperator::MULTIPLY, "3037000500", "3037000500"), "9223372037000250000");
  EXPECT_EQ(apply(BinaryOperator::MULTIPLY, "-9223372036854775808", "-1"), "9223372036854775808");
  EXPECT_EQ(apply(BinaryOperator::FLOOR_DIVIDE, "-9223372036854775808", "-1"), "9223372036854775808");
  EXPECT_EQ(apply(BinaryOperator::POWER, "2", "64"), "18446744073709551616");
  EXPECT_EQ(apply(BinaryOperator::POWER, "-3", "41"), "-36472996377170786403");
}

TEST_F(RuntimeTest, FloorDivisionAndModuloFollowPython) {
  EXPECT_EQ(apply(BinaryOperator::FLOOR_DIVIDE, "-7", "2"), "-4");
  EXPECT_EQ(apply(BinaryOperator::REMAINDER, "-7", "2"), "1");
  EXPECT_EQ(apply(BinaryOperator::REMAINDER, "7", "-2"), "-1");
  EXPECT_EQ(apply(BinaryOperator::FLOOR_DIVIDE, "-100000000000000000000", "7"), "-14285714285714285715");
  EXPECT_EQ(apply(BinaryOperator::REMAINDER, "-100000000000000000000", "7"), "5");
  EXPECT_EQ(apply(BinaryOperator::FLOOR_DIVIDE, "1", "0"), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(apply(BinaryOperator::REMAINDER, "1", "0"), "ZeroDivisionError: integer modulo by zero");
}

TEST_F(RuntimeTest, TrueDivisionIsCorrectlyRounded) {
  EXPECT_EQ(apply(BinaryOperator::TRUE_DIVIDE, "1", "3"), "0.3333333333333333");
  EXPECT_EQ(apply(BinaryOperator::TRUE_DIVIDE, "18446744073709551616", "3"), "6.148914691236517e+18");
  // 2**54 + 3 over 2 is halfway between doubles: ties go to even.
  EXPECT_EQ(apply(BinaryOperator::TRUE_DIVIDE, "18014398509481987", "2"), "9007199254740994.0");
  EXPECT_EQ(apply(BinaryOperator::TRUE_DIVIDE, "1", "0"), "ZeroDivisionError: division by zero");
  EXPECT_EQ(apply(BinaryOperator::POWER, "2", "-1"), "0.5");
}

TEST_F(RuntimeTest, BigIntToFloatRoundsAndOverflows) {
  Ref near = integer("9007199254740993");  // 2**53 + 1: ties to even, 2**53
  double value = 0;
  ASSERT_TRUE(int_to_double(interpreter, near.get(), value));
  EXPECT_EQ(value, 9007199254740992.0);
  Ref huge = binary_operation(interpreter, BinaryOperator::POWER, Value::small_int(10), Value::small_int(400), false);
  EXPECT_FALSE(int_to_double(interpreter, huge.get(), value));
  Ref exception = interpreter.take_exception();
  EXPECT_EQ(type_of(interpreter, exception.get()), interpreter.OverflowError_type);
}

TEST_F(RuntimeTest, ComparisonsMixIntsAndFloatsExactly) {
  Ref big = integer("9007199254740993");
  Ref rounded = new_float(interpreter, 9007199254740992.0);
  Ref greater = compare(interpreter, big.get(), rounded.get(), CompareOp::Gt);
  EXPECT_EQ(greater.get(), interpreter.boolean(true));
  Ref equal = compare(interpreter, Value::small_int(1), rounded.get(), CompareOp::Eq);
  EXPECT_EQ(equal.get(), interpreter.boolean(false));
}

// slice(start, stop, step) against a length: CPython's slice.indices() and
// len(range(*indices)) for the same arguments.
TEST_F(RuntimeTest, SliceBoundsClampAsCPython) {
  struct Case {
    Value start, stop, step;
    std::int64_t length, expected_start, expected_stop, expected_step, expected_count;
  };
  const Value none = interpreter.none();
  auto small = [](std::int64_t n) { return Value::small_int(n); };
  const Case cases[] = {
      {none, none, none, 5, 0, 5, 1, 5},
      {none, none, small(-1), 5, 4, -1, -1, 5},
      {small(-100), small(100), small(2), 5, 0, 5, 2, 3},
      {small(3), small(1), none, 5, 3, 1, 1, 0},
      {small(4), small(-6), small(-2), 5, 4, -1, -2, 3},
      {none, none, small(3), 0, 0, 0, 3, 0},
  };
  for (const Case& c : cases) {
    Ref slice = new_slice(interpreter, c.start, c.stop, c.step);
    SliceBounds bounds;
    ASSERT_TRUE(slice_bounds(interpreter, slice.get(), c.length, bounds));
    EXPECT_EQ(bounds.start, c.expected_start);
    EXPECT_EQ(bounds.stop, c.expected_stop);
    EXPECT_EQ(bounds.step, c.expected_step);
    EXPECT_EQ(bounds.count, c.expected_count);
  }
  Ref huge = integer("-100000000000000000000000");
  Ref slice = new_slice(interpreter, huge.get(), none, none);
  SliceBounds bounds;
  ASSERT_TRUE(slice_bounds(interpreter, slice.get(), 3, bounds));
  EXPECT_EQ(bounds.start, 0);
  EXPECT_EQ(bounds.count, 3);
}

TEST_F(RuntimeTest, BitwiseOperatorsOnBigInts) {
  EXPECT_EQ(apply(BinaryOperator::AND, "-1", "100000000000000000000000"), "100000000000000000000000");
  EXPECT_EQ(apply(BinaryOperator::OR, "-100000000000000000000000", "1"), "-99999999999999999999999");
  EXPECT_EQ(apply(BinaryOperator::XOR, "4611686018427387903", "-4611686018427387904"), "-1");
  EXPECT_EQ(apply(BinaryOperator::LEFT_SHIFT, "4611686018427387903", "1"), "9223372036854775806");
  EXPECT_EQ(apply(BinaryOperator::RIGHT_SHIFT, "-100000000000000000000000", "70"), "-85");
}

}  // namespace
}  // namespace krait::runtime
