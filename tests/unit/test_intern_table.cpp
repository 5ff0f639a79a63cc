// Unit tests: the interned strs (runtime/intern_table.h, Interpreter::intern).
#include <gtest/gtest.h>

#include <string>

#include "objects/str_object.h"
#include "runtime/intern_table.h"
#include "runtime/interpreter.h"

namespace krait::runtime {
namespace {

TEST(InternTable, EqualTextsGiveTheSameStr) {
  Interpreter interpreter;
  const Value first = interpreter.intern("some_name");
  EXPECT_EQ(interpreter.intern(std::string("some_") + "name"), first);
  EXPECT_TRUE(as_str(first)->interned);
  EXPECT_EQ(interpreter.find_interned("some_name"), first);
  EXPECT_TRUE(interpreter.find_interned("never_interned_here").is_null());
  // Texts of every length around the hash's word size, and non-ASCII ones.
  for (const char* text : {"", "a", "abcdefg", "abcdefgh", "abcdefghi", "caf\xc3\xa9", "\xe2\x82\xac_euro_sign_name"}) {
    const Value value = interpreter.intern(text);
    EXPECT_EQ(str_utf8(value), text);
    EXPECT_EQ(interpreter.intern(text), value);
  }
}

TEST(InternTable, GrowsKeepingEveryEntry) {
  Interpreter interpreter;
  std::vector<Value> values;
  for (int i = 0; i < 5000; ++i) values.push_back(interpreter.intern("name_" + std::to_string(i)));
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(interpreter.find_interned("name_" + std::to_string(i)), values[i]);
}

TEST(InternTable, TakeAllEmptiesTheTable) {
  InternTable table;
  Interpreter interpreter;
  const Value value = interpreter.intern("held");
  table.insert(value, InternTable::hash("held"));
  EXPECT_EQ(table.find("held", InternTable::hash("held")), value);
  EXPECT_EQ(table.take_all(), std::vector<Value>{value});
  EXPECT_TRUE(table.find("held", InternTable::hash("held")).is_null());
}

}  // namespace
}  // namespace krait::runtime
