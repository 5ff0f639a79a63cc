// Unit tests: str internals that Python programs cannot observe directly:
// in-place appends (identity, capacity growth, widening), the builder's
// width choice, and the substring search kernels against a naive search.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "objects/format.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

class StrTest : public ::testing::Test {
 protected:
  Interpreter interpreter;

  Ref text(std::string_view utf8) { return new_str(interpreter, utf8); }
  static std::string utf8(Value value) { return std::string(str_utf8(value)); }
};

TEST_F(StrTest, AppendsInPlaceWhenUnshared) {
  Value s = text("ab").release();
  Ref first = text("cdefghij");
  ASSERT_TRUE(str_concat_in_place(interpreter, s, first.get()));
  EXPECT_EQ(utf8(s), "abcdefghij");
  // Once grown (past its small block), further appends reuse the storage:
  // the address stays.
  const Value grown = s;
  Ref tail = text("cd");
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(str_concat_in_place(interpreter, s, tail.get()));
  EXPECT_EQ(s, grown);
  EXPECT_EQ(utf8(s), "abcdefghijcdcdcd");
  EXPECT_GE(as_str(s)->capacity, as_str(s)->length);
  decref(s);
}

TEST_F(StrTest, AppendingCopiesWhenShared) {
  Value s = text("ab").release();
  Ref other = Ref::borrow(s);
  Ref tail = text("c");
  ASSERT_TRUE(str_concat_in_place(interpreter, s, tail.get()));
  EXPECT_NE(s, other.get());
  EXPECT_EQ(utf8(s), "abc");
  EXPECT_EQ(utf8(other.get()), "ab");
  decref(s);
}

TEST_F(StrTest, AppendingWidensAndForgetsCachedForms) {
  Value s = text("abc").release();
  const std::int64_t hash_before = str_hash(s);
  Ref wide = text("日本");
  ASSERT_TRUE(str_concat_in_place(interpreter, s, wide.get()));
  EXPECT_EQ(as_str(s)->width, 2);
  EXPECT_FALSE(as_str(s)->ascii);
  EXPECT_EQ(utf8(s), "abc日本");
  Ref emoji = text("😀");
  ASSERT_TRUE(str_concat_in_place(interpreter, s, emoji.get()));
  EXPECT_EQ(as_str(s)->width, 4);
  EXPECT_EQ(utf8(s), "abc日本😀");
  Ref same = text("abc日本😀");
  EXPECT_TRUE(str_equal(s, same.get()));
  EXPECT_EQ(str_hash(s), str_hash(same.get()));
  EXPECT_NE(str_hash(s), hash_before);
  decref(s);
}

TEST_F(StrTest, AppendingANonStrIsTheConcatenationError) {
  Value s = text("a").release();
  EXPECT_FALSE(str_concat_in_place(interpreter, s, Value::small_int(1)));
  Ref exception = interpreter.take_exception();
  Ref message = str(interpreter, exception.get());
  EXPECT_EQ(utf8(message.get()), "can only concatenate str (not \"int\") to str");
  decref(s);
}

TEST_F(StrTest, ManyAppendsStayLinear) {
  Value s = text("").release();
  Ref piece = text("xyz");
  Value previous = s;
  int moves = 0;
  for (int i = 0; i < 100000; ++i) {
    ASSERT_TRUE(str_concat_in_place(interpreter, s, piece.get()));
    moves += s != previous;
    previous = s;
  }
  EXPECT_EQ(as_str(s)->length, 300000);
  EXPECT_LT(moves, 40);  // geometric growth: a logarithmic number of reallocations
  decref(s);
}

TEST_F(StrTest, BuilderPicksTheNarrowestWidth) {
  Ref wide = text("a日b");
  StrBuilder builder(interpreter);
  builder.append(wide.get(), 0, 1);
  builder.append(wide.get(), 2, 3);
  builder.append_ascii("cd");
  Ref narrow = builder.finish();
  ASSERT_TRUE(narrow);
  EXPECT_EQ(as_str(narrow.get())->width, 1);
  EXPECT_TRUE(as_str(narrow.get())->ascii);
  EXPECT_EQ(utf8(narrow.get()), "abcd");

  StrBuilder mixed(interpreter);
  mixed.append_utf8("é");
  mixed.append(U'😀');
  mixed.append_repeated(U'日', 3);
  Ref result = mixed.finish();
  EXPECT_EQ(as_str(result.get())->width, 4);
  EXPECT_EQ(utf8(result.get()), "é😀日日日");
}

// The search kernels against std::u32string's, over random strings from
// small alphabets (many partial matches) at every width.
TEST_F(StrTest, SearchMatchesNaiveSearch) {
  std::mt19937 random(42);
  const std::u32string alphabets[] = {U"ab", U"abc", U"a日", U"日本", U"a😀", U"x😀日"};
  for (const std::u32string& alphabet : alphabets) {
    for (int round = 0; round < 300; ++round) {
      std::u32string haystack, needle;
      const int haystack_length = static_cast<int>(random() % 40);
      const int needle_length = static_cast<int>(random() % 5);
      for (int i = 0; i < haystack_length; ++i) haystack += alphabet[random() % alphabet.size()];
      for (int i = 0; i < needle_length; ++i) needle += alphabet[random() % alphabet.size()];
      std::string haystack_utf8, needle_utf8;
      for (char32_t c : haystack) unicode::append_utf8(haystack_utf8, c);
      for (char32_t c : needle) unicode::append_utf8(needle_utf8, c);
      Ref h = text(haystack_utf8), n = text(needle_utf8);
      const auto length = static_cast<std::int64_t>(haystack.size());
      const std::int64_t start = random() % (length + 1);
      const std::int64_t end = start + random() % (length - start + 1);
      const std::u32string window = haystack.substr(start, end - start);
      const auto expected_forward = window.find(needle);
      const auto expected_reverse = window.rfind(needle);
      EXPECT_EQ(str_find(h.get(), n.get(), start, end),
                expected_forward == std::u32string::npos ? -1 : start + static_cast<std::int64_t>(expected_forward));
      EXPECT_EQ(str_find(h.get(), n.get(), start, end, true),
                expected_reverse == std::u32string::npos ? -1 : start + static_cast<std::int64_t>(expected_reverse));
      std::int64_t count = 0;
      if (needle.empty()) {
        count = static_cast<std::int64_t>(window.size()) + 1;
      } else {
        for (std::size_t at = window.find(needle); at != std::u32string::npos; at = window.find(needle, at + needle.size()))
          ++count;
      }
      EXPECT_EQ(str_count(h.get(), n.get(), start, end), count);
    }
  }
}

TEST_F(StrTest, AsciiEscapesEverythingBeyondAscii) {
  Ref value = text("aé日😀");
  Ref shown = ascii_repr(interpreter, value.get());
  EXPECT_EQ(utf8(shown.get()), "'a\\xe9\\u65e5\\U0001f600'");
}

}  // namespace
}  // namespace krait::runtime
