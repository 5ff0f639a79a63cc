// Unit tests: _sre's engine on its own. Its constant tables of the
// characters 0-255 agree with support/unicode.h; prepare() rejects code the
// engine could not run safely; hand-assembled programs match as sre does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "modules/sre/sre_engine.h"
#include "support/unicode.h"

namespace krait::modules::sre {
namespace {

Code first_mapping(char32_t c, unicode::CaseMapping mapping) {
  char32_t mapped[3];
  unicode::map_case(c, mapping, mapped);
  return mapped[0];
}

TEST(SreEngine, Latin1TablesAgreeWithUnicodeData) {
  for (char32_t c = 0; c < 256; ++c) {
    SCOPED_TRACE(static_cast<int>(c));
    EXPECT_EQ(in_category(CATEGORY_UNI_DIGIT, c), unicode::is_decimal(c));
    EXPECT_EQ(in_category(CATEGORY_UNI_SPACE, c), unicode::is_space(c));
    EXPECT_EQ(in_category(CATEGORY_UNI_LINEBREAK, c), unicode::is_line_break(c));
    EXPECT_EQ(in_category(CATEGORY_UNI_WORD, c), c == '_' || unicode::is_alpha(c) || unicode::is_numeric(c));
    EXPECT_EQ(lower_unicode(c), first_mapping(c, unicode::CaseMapping::Lower));
    EXPECT_EQ(upper_unicode(c), first_mapping(c, unicode::CaseMapping::Upper));
  }
}

TEST(SreEngine, PrepareRejectsMalformedCode) {
  Program program;
  EXPECT_TRUE(prepare(program, {OP_LITERAL, 'a', OP_SUCCESS}));
  EXPECT_FALSE(prepare(program, {OP_LITERAL}));                        // operand missing
  EXPECT_FALSE(prepare(program, {200, OP_SUCCESS}));                   // no such opcode
  EXPECT_FALSE(prepare(program, {OP_JUMP, 10, OP_SUCCESS}));           // jump beyond the end
  EXPECT_FALSE(prepare(program, {OP_IN, 4, OP_LITERAL, 'a', OP_SUCCESS}));  // set without FAILURE
  EXPECT_FALSE(prepare(program, {OP_REPEAT_ONE, 9, 0, 1, OP_ANY, OP_SUCCESS}));  // item beyond the end
}

TEST(SreEngine, SetsGetBitmaps) {
  Program program;
  // [a-c]
  ASSERT_TRUE(prepare(program, {OP_IN, 5, OP_RANGE, 'a', 'c', OP_FAILURE, OP_SUCCESS}));
  ASSERT_EQ(program.bitmaps.size(), 1u);
  EXPECT_EQ(program.set_bitmap[2], 0);  // the set begins after IN and its skip
  EXPECT_EQ(program.bitmaps[0][3], 0xEu);  // bits 97-99 of word 3 (96-127)
  EXPECT_EQ(program.code.back(), static_cast<Code>(OP_FAILURE));
}

// Runs `code` over `text` (Latin-1) from the start: the result, and the
// match's bounds in `bounds`.
int run(std::vector<Code> code, const std::string& text, bool searching, std::pair<std::int64_t, std::int64_t>& bounds,
        std::size_t groups = 0) {
  Program program;
  if (!prepare(program, std::move(code))) return -100;
  State state;
  state.text = text.data();
  state.charsize = 1;
  state.end = state.endpos = static_cast<std::int64_t>(text.size());
  state.marks.assign(groups * 2, -1);
  const int status = searching ? search(state, program) : match(state, program);
  bounds = {state.start, state.position};
  return status;
}

TEST(SreEngine, MatchesAndSearches) {
  std::pair<std::int64_t, std::int64_t> bounds;
  // a+b, greedy one-character repeat then a literal
  const std::vector<Code> a_plus_b = {OP_REPEAT_ONE, 6, 1, max_repeat, OP_LITERAL, 'a', OP_SUCCESS, OP_LITERAL, 'b',
                                      OP_SUCCESS};
  EXPECT_EQ(run(a_plus_b, "aaab", false, bounds), 1);
  EXPECT_EQ(bounds, std::make_pair(std::int64_t{0}, std::int64_t{4}));
  EXPECT_EQ(run(a_plus_b, "xxaab", false, bounds), 0);
  EXPECT_EQ(run(a_plus_b, "xxaab!", true, bounds), 1);
  EXPECT_EQ(bounds, std::make_pair(std::int64_t{2}, std::int64_t{5}));
  // (a|b)*c: a general repeat of a group, deep on a long subject
  const std::vector<Code> group_star = {OP_REPEAT, 13, 0, max_repeat, OP_MARK, 0, OP_IN, 5, OP_RANGE, 'a', 'b',
                                        OP_FAILURE, OP_MARK, 1, OP_MAX_UNTIL, OP_LITERAL, 'c', OP_SUCCESS};
  const std::string long_text = std::string(100000, 'a') + "c";
  EXPECT_EQ(run(group_star, long_text, false, bounds, 1), 1);
  EXPECT_EQ(bounds.second, 100001);
  EXPECT_EQ(run(group_star, std::string(100000, 'b'), false, bounds, 1), 0);
}

}  // namespace
}  // namespace krait::modules::sre
