// Unit tests: the list sort (stability, linear work on ordered input,
// reverse, a list changed or a comparison failing meanwhile), and builtins
// called with keyword arguments, checked against CPython 3.11's results.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/list_sort.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

// An object with an int payload whose comparisons are counted and can be
// made to fail after a number of them.
struct Counted : Object {
  int payload = 0;
};
int comparisons = 0;
int fail_after = -1;  // the comparison that raises; -1: never

Ref counted_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (fail_after >= 0 && comparisons == fail_after)
    return interpreter.raise(interpreter.TypeError_type, "comparison refused");
  ++comparisons;
  const int a = static_cast<Counted*>(left.as_object())->payload;
  const int b = static_cast<Counted*>(right.as_object())->payload;
  return interpreter.new_boolean(op == CompareOp::Lt ? a < b : a > b);
}

void counted_deallocate(Interpreter&, Object* object) { delete static_cast<Counted*>(object); }

// Key function: the item's payload divided by 10, so items with equal
// tens compare equal and stability shows.
Ref tens_key(Interpreter& interpreter, Value, const Value* arguments, std::size_t, Value) {
  return new_int(interpreter, arguments[0].as_small_int() / 10);
}

// Key function that appends to the list being sorted.
Value list_being_sorted;
Ref meddling_key(Interpreter& interpreter, Value, const Value* arguments, std::size_t, Value) {
  list_append(list_being_sorted, Value::small_int(0));
  return Ref::borrow(arguments[0]);
}

// Key function that fails on the value 3.
Ref failing_key(Interpreter& interpreter, Value, const Value* arguments, std::size_t, Value) {
  if (arguments[0] == Value::small_int(3)) return interpreter.raise(interpreter.ValueError_type, "no key for 3");
  return Ref::borrow(arguments[0]);
}

class BuiltinsTest : public ::testing::Test {
 protected:
  Interpreter interpreter;
  Type* counted_type = nullptr;

  void SetUp() override {
    counted_type = interpreter.create_type("counted", interpreter.object_type);
    counted_type->compare = &counted_compare;
    counted_type->deallocate = &counted_deallocate;
    comparisons = 0;
    fail_after = -1;
  }

  Ref counted(int payload) {
    auto* object = new Counted;
    object->type = counted_type;
    object->payload = payload;
    return Ref::steal(Value::object(object));
  }
  Ref list_of_counted(const std::vector<int>& payloads) {
    Ref list = new_list(interpreter, {});
    for (int payload : payloads) {
      Ref item = counted(payload);
      list_append(list.get(), item.get());
    }
    return list;
  }
  std::vector<int> payloads(Value list) {
    std::vector<int> out;
    for (Value item : as_list(list)->items) out.push_back(static_cast<Counted*>(item.as_object())->payload);
    return out;
  }
  Ref list_of_ints(const std::vector<int>& values) {
    Ref list = new_list(interpreter, {});
    for (int value : values) list_append(list.get(), Value::small_int(value));
    return list;
  }
  std::vector<int> ints(Value list) {
    std::vector<int> out;
    for (Value item : as_list(list)->items) out.push_back(static_cast<int>(item.as_small_int()));
    return out;
  }
  Ref native(NativeFunction function) { return new_builtin_function(interpreter, "key", function); }

  // The pending exception as "Type: message", taken.
  std::string error() {
    Ref exception = interpreter.take_exception();
    if (!exception) return "<no exception>";
    Ref message = str(interpreter, exception.get());
    return type_of(interpreter, exception.get())->name + ": " + std::string(str_utf8(message.get()));
  }
  std::string text(const Ref& value) {
    if (!value) return error();
    Ref shown = repr(interpreter, value.get());
    return shown ? std::string(str_utf8(shown.get())) : error();
  }

  // builtin(*positional, **keywords), by name from the builtins namespace.
  std::string call_builtin(const char* name, std::vector<Value> positional,
                           std::vector<std::pair<const char*, Value>> keywords = {}) {
    const Value function = dict_get_str(interpreter.builtins(), interpreter.intern(name));
    EXPECT_FALSE(function.is_null()) << name;
    std::vector<Value> arguments = positional;
    std::vector<Value> names;
    for (auto& [keyword, value] : keywords) {
      names.push_back(interpreter.intern(keyword));
      arguments.push_back(value);
    }
    Ref kwnames = keywords.empty() ? Ref() : new_tuple(interpreter, names);
    return text(call(interpreter, function, arguments.data(), positional.size(), kwnames.get()));
  }
  Ref string(const char* utf8) { return new_str(interpreter, utf8); }
};

TEST_F(BuiltinsTest, SortIsStableUnderAKey) {
  std::mt19937 random(42);
  std::vector<int> values(1000);
  for (int& value : values) value = static_cast<int>(random() % 500);
  Ref list = list_of_ints(values);
  Ref key = native(&tens_key);
  ASSERT_TRUE(list_sort(interpreter, list.get(), key.get(), false));
  std::vector<int> expected = values;
  std::stable_sort(expected.begin(), expected.end(), [](int a, int b) { return a / 10 < b / 10; });
  EXPECT_EQ(ints(list.get()), expected);
}

TEST_F(BuiltinsTest, ReverseSortKeepsEqualItemsInOrder) {
  std::mt19937 random(7);
  std::vector<int> values(777);
  for (int& value : values) value = static_cast<int>(random() % 300);
  Ref list = list_of_ints(values);
  Ref key = native(&tens_key);
  ASSERT_TRUE(list_sort(interpreter, list.get(), key.get(), true));
  std::vector<int> expected = values;
  std::stable_sort(expected.begin(), expected.end(), [](int a, int b) { return a / 10 > b / 10; });
  EXPECT_EQ(ints(list.get()), expected);
}

TEST_F(BuiltinsTest, SortsRandomInputOfManySizes) {
  std::mt19937 random(3);
  for (int size : {0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 4099}) {
    std::vector<int> values(static_cast<std::size_t>(size));
    for (int& value : values) value = static_cast<int>(random() % 1000) - 500;
    Ref list = list_of_counted(values);
    ASSERT_TRUE(list_sort(interpreter, list.get(), Value(), false));
    std::sort(values.begin(), values.end());
    EXPECT_EQ(payloads(list.get()), values) << size;
  }
}

TEST_F(BuiltinsTest, OrderedInputTakesLinearComparisons) {
  std::vector<int> ascending(10000);
  for (int i = 0; i < 10000; ++i) ascending[i] = i / 3;  // with runs of equal items
  Ref list = list_of_counted(ascending);
  ASSERT_TRUE(list_sort(interpreter, list.get(), Value(), false));
  EXPECT_EQ(comparisons, 9999);
  EXPECT_EQ(payloads(list.get()), ascending);

  std::vector<int> descending(10000);
  for (int i = 0; i < 10000; ++i) descending[i] = 10000 - i;
  comparisons = 0;
  list = list_of_counted(descending);
  ASSERT_TRUE(list_sort(interpreter, list.get(), Value(), false));
  EXPECT_EQ(comparisons, 9999);
  std::reverse(descending.begin(), descending.end());
  EXPECT_EQ(payloads(list.get()), descending);
}

TEST_F(BuiltinsTest, RandomInputTakesAboutNLogNComparisons) {
  std::mt19937 random(11);
  std::vector<int> values(1 << 14);
  for (int& value : values) value = static_cast<int>(random());
  Ref list = list_of_counted(values);
  ASSERT_TRUE(list_sort(interpreter, list.get(), Value(), false));
  EXPECT_LT(comparisons, 14 * (1 << 14));
  std::sort(values.begin(), values.end());
  EXPECT_EQ(payloads(list.get()), values);
}

TEST_F(BuiltinsTest, ListChangedDuringSortIsAnError) {
  Ref list = list_of_ints({3, 1, 2});
  list_being_sorted = list.get();
  Ref key = native(&meddling_key);
  EXPECT_FALSE(list_sort(interpreter, list.get(), key.get(), false));
  EXPECT_EQ(error(), "ValueError: list modified during sort");
  // The appended items are dropped; the list holds its own items, sorted.
  EXPECT_EQ(ints(list.get()), (std::vector<int>{1, 2, 3}));
}

TEST_F(BuiltinsTest, FailingKeyLeavesTheListAsItWas) {
  Ref list = list_of_ints({5, 4, 3, 2, 1});
  Ref key = native(&failing_key);
  EXPECT_FALSE(list_sort(interpreter, list.get(), key.get(), true));
  EXPECT_EQ(error(), "ValueError: no key for 3");
  EXPECT_EQ(ints(list.get()), (std::vector<int>{5, 4, 3, 2, 1}));
}

TEST_F(BuiltinsTest, FailingComparisonLosesNoItem) {
  std::mt19937 random(5);
  for (int fail : {0, 10, 100, 500, 1500}) {
    std::vector<int> values(300);
    for (int& value : values) value = static_cast<int>(random() % 1000);
    Ref list = list_of_counted(values);
    comparisons = 0;
    fail_after = fail;
    EXPECT_FALSE(list_sort(interpreter, list.get(), Value(), false));
    EXPECT_EQ(error(), "TypeError: comparison refused");
    std::vector<int> after = payloads(list.get());
    std::sort(after.begin(), after.end());
    std::sort(values.begin(), values.end());
    EXPECT_EQ(after, values) << fail;
  }
}

TEST_F(BuiltinsTest, SortedAndListSortKeywords) {
  Ref items = list_of_ints({3, -1, 2, -5});
  Ref absolute = Ref::borrow(dict_get_str(interpreter.builtins(), interpreter.intern("abs")));
  EXPECT_EQ(call_builtin("sorted", {items.get()}, {{"key", absolute.get()}}), "[-1, 2, 3, -5]");
  EXPECT_EQ(call_builtin("sorted", {items.get()}, {{"reverse", interpreter.boolean(true)}}), "[3, 2, -1, -5]");
  EXPECT_EQ(call_builtin("sorted", {items.get()}, {{"key", absolute.get()}, {"reverse", Value::small_int(2)}}),
            "[-5, 3, 2, -1]");
  EXPECT_EQ(call_builtin("sorted", {items.get()}, {{"foo", Value::small_int(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for sort()");
  EXPECT_EQ(call_builtin("sorted", {items.get()}, {{"reverse", interpreter.none()}}),
            "TypeError: 'NoneType' object cannot be interpreted as an integer");
  EXPECT_EQ(call_builtin("sorted", {items.get()},
                         {{"key", interpreter.none()}, {"reverse", Value::small_int(0)}, {"x", Value::small_int(0)}}),
            "TypeError: sort() takes at most 2 keyword arguments (3 given)");
  EXPECT_EQ(call_builtin("sorted", {}, {{"iterable", items.get()}}), "TypeError: sorted expected 1 argument, got 0");
}

TEST_F(BuiltinsTest, MinMaxKeywords) {
  Ref items = list_of_ints({3, -7, 2});
  Ref empty = list_of_ints({});
  Ref absolute = Ref::borrow(dict_get_str(interpreter.builtins(), interpreter.intern("abs")));
  EXPECT_EQ(call_builtin("max", {items.get()}, {{"key", absolute.get()}}), "-7");
  EXPECT_EQ(call_builtin("min", {Value::small_int(3), Value::small_int(-2)}, {{"key", absolute.get()}}), "-2");
  EXPECT_EQ(call_builtin("max", {empty.get()}, {{"default", Value::small_int(9)}}), "9");
  EXPECT_EQ(call_builtin("min", {empty.get()}, {{"key", interpreter.none()}, {"default", interpreter.none()}}),
            "None");
  EXPECT_EQ(call_builtin("max", {Value::small_int(1), Value::small_int(2)}, {{"default", Value::small_int(3)}}),
            "TypeError: Cannot specify a default for max() with multiple positional arguments");
  EXPECT_EQ(call_builtin("max", {items.get()}, {{"foo", Value::small_int(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for max()");
  EXPECT_EQ(call_builtin("min", {}, {{"key", absolute.get()}}), "TypeError: min expected at least 1 argument, got 0");
  EXPECT_EQ(call_builtin("max", {items.get()},
                         {{"key", interpreter.none()}, {"default", interpreter.none()}, {"x", Value::small_int(1)}}),
            "TypeError: max() takes at most 2 keyword arguments (3 given)");
}

TEST_F(BuiltinsTest, KeywordsOfTheNumericBuiltins) {
  Ref ten = string("10");
  EXPECT_EQ(call_builtin("sum", {list_of_ints({1, 2}).get()}, {{"start", Value::small_int(10)}}), "13");
  EXPECT_EQ(call_builtin("sum", {}, {{"iterable", Value::small_int(1)}}),
            "TypeError: sum() takes at least 1 positional argument (0 given)");
  EXPECT_EQ(call_builtin("sum", {list_of_ints({}).get()}, {{"start", ten.get()}}),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(call_builtin("sum", {list_of_ints({}).get()}, {{"foo", ten.get()}}),
            "TypeError: 'foo' is an invalid keyword argument for sum()");
  EXPECT_EQ(call_builtin("sum", {list_of_ints({}).get(), Value::small_int(1)}, {{"start", Value::small_int(1)}}),
            "TypeError: sum() takes at most 2 arguments (3 given)");
  EXPECT_EQ(call_builtin("round", {}, {{"number", Value::small_int(1250)}, {"ndigits", Value::small_int(-2)}}),
            "1200");
  EXPECT_EQ(call_builtin("round", {Value::small_int(1)}, {{"foo", Value::small_int(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for round()");
  EXPECT_EQ(call_builtin("pow", {}, {{"base", Value::small_int(3)}, {"exp", Value::small_int(4)},
                                     {"mod", Value::small_int(5)}}),
            "1");
  EXPECT_EQ(call_builtin("pow", {Value::small_int(2)}, {{"foo", Value::small_int(1)}}),
            "TypeError: pow() missing required argument 'exp' (pos 2)");
  EXPECT_EQ(call_builtin("pow", {Value::small_int(2), Value::small_int(3), Value::small_int(5)},
                         {{"mod", Value::small_int(1)}}),
            "TypeError: pow() takes at most 3 arguments (4 given)");
  EXPECT_EQ(call_builtin("int", {ten.get()}, {{"base", Value::small_int(2)}}), "2");
  EXPECT_EQ(call_builtin("int", {}, {{"base", Value::small_int(2)}}), "TypeError: int() missing string argument");
  EXPECT_EQ(call_builtin("int", {}, {{"x", Value::small_int(1)}}),
            "TypeError: 'x' is an invalid keyword argument for int()");
  EXPECT_EQ(call_builtin("float", {}, {{"x", Value::small_int(1)}}), "TypeError: float() takes no keyword arguments");
  EXPECT_EQ(call_builtin("bool", {}, {{"x", Value::small_int(1)}}), "TypeError: bool() takes no keyword arguments");
  EXPECT_EQ(call_builtin("divmod", {}, {{"x", Value::small_int(1)}}), "TypeError: divmod() takes no keyword arguments");
}

TEST_F(BuiltinsTest, KeywordsOfTheIteratorTypes) {
  Ref letters = string("ab");
  Ref pair = list_of_ints({1, 2});
  Ref single = list_of_ints({1});
  const Value list_type = Value::object(interpreter.list_type);
  auto listed = [&](const char* name, std::vector<Value> positional,
                    std::vector<std::pair<const char*, Value>> keywords) {
    const Value function = dict_get_str(interpreter.builtins(), interpreter.intern(name));
    std::vector<Value> arguments = positional;
    std::vector<Value> names;
    for (auto& [keyword, value] : keywords) {
      names.push_back(interpreter.intern(keyword));
      arguments.push_back(value);
    }
    Ref kwnames = keywords.empty() ? Ref() : new_tuple(interpreter, names);
    Ref iterator = call(interpreter, function, arguments.data(), positional.size(), kwnames.get());
    if (!iterator) return error();
    const Value argument = iterator.get();
    return text(call(interpreter, list_type, &argument, 1));
  };
  EXPECT_EQ(listed("enumerate", {letters.get()}, {{"start", Value::small_int(5)}}), "[(5, 'a'), (6, 'b')]");
  EXPECT_EQ(listed("enumerate", {}, {{"start", Value::small_int(1)}, {"iterable", letters.get()}}),
            "[(1, 'a'), (2, 'b')]");
  EXPECT_EQ(listed("enumerate", {}, {{"iterable", letters.get()}}), "[(0, 'a'), (1, 'b')]");
  EXPECT_EQ(listed("enumerate", {letters.get()}, {{"iterable", letters.get()}}),
            "TypeError: 'iterable' is an invalid keyword argument for enumerate()");
  EXPECT_EQ(listed("enumerate", {}, {{"start", Value::small_int(1)}}),
            "TypeError: 'start' is an invalid keyword argument for enumerate()");
  EXPECT_EQ(listed("enumerate", {letters.get(), Value::small_int(1)}, {{"start", Value::small_int(1)}}),
            "TypeError: enumerate() takes at most 2 arguments (3 given)");
  EXPECT_EQ(listed("enumerate", {letters.get()}, {{"start", Value::object(interpreter.list_type)}}),
            "TypeError: 'type' object cannot be interpreted as an integer");
  EXPECT_EQ(listed("zip", {pair.get(), letters.get()}, {{"strict", interpreter.boolean(true)}}),
            "[(1, 'a'), (2, 'b')]");
  EXPECT_EQ(listed("zip", {single.get(), pair.get()}, {{"strict", interpreter.boolean(true)}}),
            "ValueError: zip() argument 2 is longer than argument 1");
  EXPECT_EQ(listed("zip", {pair.get(), single.get()}, {{"strict", interpreter.boolean(true)}}),
            "ValueError: zip() argument 2 is shorter than argument 1");
  EXPECT_EQ(listed("zip", {pair.get(), pair.get(), single.get()}, {{"strict", interpreter.boolean(true)}}),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
  EXPECT_EQ(listed("zip", {pair.get(), pair.get(), list_of_ints({1, 2, 3}).get()},
                   {{"strict", interpreter.boolean(true)}}),
            "ValueError: zip() argument 3 is longer than arguments 1-2");
  EXPECT_EQ(listed("zip", {pair.get(), single.get()}, {{"strict", interpreter.boolean(false)}}), "[(1, 1)]");
  EXPECT_EQ(listed("zip", {}, {{"strict", interpreter.boolean(true)}, {"foo", Value::small_int(1)}}),
            "TypeError: zip() takes at most 1 keyword argument (2 given)");
  EXPECT_EQ(listed("zip", {}, {{"foo", Value::small_int(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for zip()");
  EXPECT_EQ(listed("map", {}, {{"x", Value::small_int(1)}}), "TypeError: map() takes no keyword arguments");
  EXPECT_EQ(listed("filter", {}, {{"x", Value::small_int(1)}}), "TypeError: filter() takes no keyword arguments");
  EXPECT_EQ(listed("reversed", {}, {{"seq", pair.get()}}), "TypeError: reversed() takes no keyword arguments");
}

TEST_F(BuiltinsTest, PrintKeywords) {
  EXPECT_EQ(call_builtin("print", {}, {{"sep", Value::small_int(1)}}), "TypeError: sep must be None or a string, not int");
  EXPECT_EQ(call_builtin("print", {}, {{"end", Value::small_int(1)}}), "TypeError: end must be None or a string, not int");
  EXPECT_EQ(call_builtin("print", {}, {{"foo", Value::small_int(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for print()");
  EXPECT_EQ(call_builtin("print", {}, {{"sep", interpreter.none()}, {"end", interpreter.none()},
                                       {"file", interpreter.none()}, {"flush", interpreter.boolean(true)},
                                       {"x", Value::small_int(1)}}),
            "TypeError: 'x' is an invalid keyword argument for print()");
  testing::internal::CaptureStdout();
  Ref dash = string("-"), bang = string("!\n");
  EXPECT_EQ(call_builtin("print", {Value::small_int(1), Value::small_int(2)},
                         {{"sep", dash.get()}, {"end", bang.get()}, {"flush", interpreter.boolean(true)}}),
            "None");
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "1-2!\n");
}

TEST(Unicode, SpaceIsPythonsIsspace) {
  // [c for c in range(0x110000) if chr(c).isspace()] in CPython 3.11.
  const std::vector<char32_t> spaces = {0x9,    0xa,    0xb,    0xc,    0xd,    0x1c,   0x1d,   0x1e,
                                        0x1f,   0x20,   0x85,   0xa0,   0x1680, 0x2000, 0x2001, 0x2002,
                                        0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
                                        0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
  std::vector<char32_t> found;
  for (char32_t c = 0; c < 0x110000; ++c)
    if (unicode::is_space(c)) found.push_back(c);
  EXPECT_EQ(found, spaces);
}

TEST(Unicode, DecimalValues) {
  EXPECT_EQ(unicode::decimal_value(U'7'), 7);
  EXPECT_EQ(unicode::decimal_value(U'a'), -1);
  EXPECT_EQ(unicode::decimal_value(0x0663), 3);   // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(unicode::decimal_value(0x1D7D9), 1);  // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE (second run of ten)
  EXPECT_EQ(unicode::decimal_value(0x00B2), -1);  // SUPERSCRIPT TWO is a digit, not a decimal
}

}  // namespace
}  // namespace krait::runtime
