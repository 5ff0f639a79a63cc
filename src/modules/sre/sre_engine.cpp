// Native modules, _sre: the matching engine (see sre_engine.h). The
// instruction semantics follow CPython's Modules/_sre/sre_lib.h opcode for
// opcode, including how marks are saved and restored around backtracking,
// since that decides the group values a match reports.
#include "modules/sre/sre_engine.h"

#include <array>
#include <cstring>

#include "modules/signal_module.h"
#include "support/unicode.h"

namespace krait::modules::sre {
namespace {

// ---------------------------------------------------------------------------
// Characters

// Facts about the characters 0-255, the ones most text is made of, so their
// Unicode classes and case mappings cost a table load. Written out from the
// Unicode data (Latin-1 is stable); the unit tests check them against
// support/unicode.h.
struct Latin1Table {
  enum : std::uint8_t { digit = 1, space = 2, word = 4, linebreak = 8 };
  std::array<std::uint8_t, 256> classes{};
  std::array<Code, 256> lower{};
  std::array<Code, 256> upper{};
};

constexpr Latin1Table make_latin1_table() {
  Latin1Table table;
  for (Code c = 0; c < 256; ++c) {
    const bool upper = c - 'A' < 26u || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    const bool lower = c - 'a' < 26u || (c >= 0xDF && c != 0xF7);
    const bool letter = upper || lower || c == 0xAA || c == 0xB5 || c == 0xBA;
    const bool digit = c - '0' < 10u;
    const bool numeric = digit || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE);
    const bool linebreak = (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85;
    const bool space = linebreak || c == 0x09 || c == 0x1F || c == 0x20 || c == 0xA0;
    table.classes[c] = static_cast<std::uint8_t>((digit ? Latin1Table::digit : 0) | (space ? Latin1Table::space : 0) |
                                                 (letter || numeric || c == '_' ? Latin1Table::word : 0) |
                                                 (linebreak ? Latin1Table::linebreak : 0));
    table.lower[c] = upper ? c + 0x20 : c;
    // The uppercase of ß is "SS": its first character counts (as in CPython).
    table.upper[c] = c == 0xB5 ? 0x39C : c == 0xDF ? 'S' : c == 0xFF ? 0x178 : (lower && c != 0xDF) ? c - 0x20 : c;
  }
  return table;
}

constexpr Latin1Table latin1 = make_latin1_table();

Code first_case_mapping(Code character, unicode::CaseMapping mapping) {
  // CPython's _PyUnicode_ToLowercase/_ToUppercase: the simple mapping, or
  // the first character of a full one (U+0130 lowercases to 'i').
  char32_t mapped[3];
  unicode::map_case(static_cast<char32_t>(character), mapping, mapped);
  return mapped[0];
}

bool unicode_word(Code character) {
  // Py_UNICODE_ISALNUM (alpha, decimal, digit or numeric) or '_'.
  const auto c = static_cast<char32_t>(character);
  return c == '_' || unicode::is_alpha(c) || unicode::is_numeric(c);
}

bool has_class(Code character, std::uint8_t bit, bool (*query)(Code)) {
  return character < 256 ? (latin1.classes[character] & bit) != 0 : query(character);
}

bool ascii_digit(Code c) { return c - '0' < 10u; }
bool ascii_space(Code c) { return c == ' ' || c - '\t' < 5u; }
bool ascii_word(Code c) { return c < 128 && (c == '_' || (c | 0x20) - 'a' < 26u || c - '0' < 10u); }
// With the LOCALE flag: the C library's classes under Python's LC_CTYPE
// (a UTF-8 locale, where no byte above 127 is a letter).
bool locale_word(Code c) { return ascii_word(c); }
Code lower_locale(Code c) { return lower_ascii(c); }
Code upper_locale(Code c) { return c - 'a' < 26u ? c - 0x20 : c; }

bool unicode_digit(Code c) {
  return has_class(c, Latin1Table::digit, [](Code x) { return unicode::is_decimal(static_cast<char32_t>(x)); });
}
bool unicode_space(Code c) {
  return has_class(c, Latin1Table::space, [](Code x) { return unicode::is_space(static_cast<char32_t>(x)); });
}
bool unicode_word_fast(Code c) { return has_class(c, Latin1Table::word, &unicode_word); }
bool unicode_linebreak(Code c) {
  return has_class(c, Latin1Table::linebreak, [](Code x) { return unicode::is_line_break(static_cast<char32_t>(x)); });
}

bool category_matches(Code category, Code c) {
  switch (category) {
    case CATEGORY_DIGIT: return ascii_digit(c);
    case CATEGORY_NOT_DIGIT: return !ascii_digit(c);
    case CATEGORY_SPACE: return ascii_space(c);
    case CATEGORY_NOT_SPACE: return !ascii_space(c);
    case CATEGORY_WORD: return ascii_word(c);
    case CATEGORY_NOT_WORD: return !ascii_word(c);
    case CATEGORY_LINEBREAK: return c == '\n';
    case CATEGORY_NOT_LINEBREAK: return c != '\n';
    case CATEGORY_LOC_WORD: return locale_word(c);
    case CATEGORY_LOC_NOT_WORD: return !locale_word(c);
    case CATEGORY_UNI_DIGIT: return unicode_digit(c);
    case CATEGORY_UNI_NOT_DIGIT: return !unicode_digit(c);
    case CATEGORY_UNI_SPACE: return unicode_space(c);
    case CATEGORY_UNI_NOT_SPACE: return !unicode_space(c);
    case CATEGORY_UNI_WORD: return unicode_word_fast(c);
    case CATEGORY_UNI_NOT_WORD: return !unicode_word_fast(c);
    case CATEGORY_UNI_LINEBREAK: return unicode_linebreak(c);
    case CATEGORY_UNI_NOT_LINEBREAK: return !unicode_linebreak(c);
    default: return false;
  }
}

// Whether `c` is in the set (the operands of IN up to its FAILURE).
bool in_charset(const Code* set, Code c) {
  bool member = true;  // flipped by NEGATE
  for (;;) {
    switch (*set++) {
      case OP_FAILURE:
        return !member;
      case OP_LITERAL:
        if (c == set[0]) return member;
        set += 1;
        break;
      case OP_CATEGORY:
        if (category_matches(set[0], c)) return member;
        set += 1;
        break;
      case OP_CHARSET:
        if (c < 256 && (set[c / 32] & (1u << (c & 31)))) return member;
        set += 8;
        break;
      case OP_RANGE:
        if (set[0] <= c && c <= set[1]) return member;
        set += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {
        // `c` is lowercased already; its uppercase may be in the range too.
        if (set[0] <= c && c <= set[1]) return member;
        const Code upper = upper_unicode(c);
        if (set[0] <= upper && upper <= set[1]) return member;
        set += 2;
        break;
      }
      case OP_NEGATE:
        member = !member;
        break;
      case OP_BIGCHARSET: {
        // <block count> <256 block numbers, one byte each> <the blocks' bitmaps>
        const Code blocks = *set++;
        const int block = c < 0x10000 ? reinterpret_cast<const unsigned char*>(set)[c >> 8] : -1;
        set += 256 / sizeof(Code);
        if (block >= 0 && (set[(static_cast<Code>(block) * 256 + (c & 255)) / 32] & (1u << (c & 31)))) return member;
        set += blocks * (256 / 32);
        break;
      }
      default:
        return false;  // bad code: CPython pretends it did not match
    }
  }
}

// Whether the set operands [set, end) are instructions of a set with their
// operands (before its final FAILURE).
bool well_formed_set(const Code* set, const Code* end) {
  while (set < end) {
    std::ptrdiff_t operands = 0;
    switch (*set++) {
      case OP_NEGATE: break;
      case OP_LITERAL: case OP_CATEGORY: operands = 1; break;
      case OP_RANGE: case OP_RANGE_UNI_IGNORE: operands = 2; break;
      case OP_CHARSET: operands = 8; break;
      case OP_BIGCHARSET: {
        // <block count> <256 block numbers> <blocks>: every number a block.
        if (end - set < 1 + 256 / static_cast<std::ptrdiff_t>(sizeof(Code))) return false;
        const auto* numbers = reinterpret_cast<const unsigned char*>(set + 1);
        for (int k = 0; k < 256; ++k)
          if (numbers[k] >= *set) return false;
        operands = 1 + 256 / sizeof(Code) + static_cast<std::ptrdiff_t>(*set) * 8;
        break;
      }
      default: return false;
    }
    if (end - set < operands) return false;
    set += operands;
  }
  return true;
}

bool in_charset_locale_ignore(const Code* set, Code c) {
  const Code lower = lower_locale(c);
  if (in_charset(set, lower)) return true;
  const Code upper = upper_locale(c);
  return upper != lower && in_charset(set, upper);
}

bool literal_locale_ignore(Code pattern, Code c) {
  return c == pattern || lower_locale(c) == pattern || upper_locale(c) == pattern;
}

Code same(Code c) { return c; }

// How a GROUPREF opcode compares characters.
using CaseFold = Code (*)(Code);
CaseFold case_fold(Code groupref_opcode) {
  switch (groupref_opcode) {
    case OP_GROUPREF_IGNORE: return &lower_ascii;
    case OP_GROUPREF_UNI_IGNORE: return &lower_unicode;
    case OP_GROUPREF_LOC_IGNORE: return &lower_locale;
    default: return &same;
  }
}

// ---------------------------------------------------------------------------
// The matcher, for one character width

template <class Char>
class Matcher {
 public:
  Matcher(State& state, const Program& program)
      : state_(state),
        text_(static_cast<const Char*>(state.text)),
        end_(state.end),
        code_(program.code.data()),
        set_bitmap_(program.set_bitmap.data()),
        bitmaps_(program.bitmaps.data()) {}

  std::int64_t match(const Code* pattern, bool toplevel);
  std::int64_t search(const Code* pattern);

 private:
  bool at(std::int64_t position, Code at_code) const;
  std::int64_t count(const Code* pattern, std::int64_t maximum);
  bool word_at(std::int64_t position, bool (*is_word)(Code)) const {
    return position < end_ && is_word(text_[position]);
  }
  bool word_before(std::int64_t position, bool (*is_word)(Code)) const {
    return position > 0 && is_word(text_[position - 1]);
  }
  // Matches the text of group `group` again at `position` (advanced past
  // it), comparing characters through `fold`; false when the group is unset
  // or the text differs.
  bool group_reference(Code group, std::int64_t& position, CaseFold fold) const;
  void push_marks(int lastmark) {
    if (lastmark >= 0) state_.saved.insert(state_.saved.end(), state_.marks.begin(), state_.marks.begin() + lastmark + 1);
  }
  void pop_marks(int lastmark, bool discard) {
    if (lastmark < 0) return;
    const std::size_t count = static_cast<std::size_t>(lastmark) + 1;
    std::copy(state_.saved.end() - static_cast<std::ptrdiff_t>(count), state_.saved.end(), state_.marks.begin());
    if (discard) state_.saved.resize(state_.saved.size() - count);
  }
  void discard_marks(int lastmark) {
    if (lastmark >= 0) state_.saved.resize(state_.saved.size() - static_cast<std::size_t>(lastmark) - 1);
  }

  // Whether `c` is in the set at `set` (a bit of its bitmap when it has one).
  bool member(const Code* set, Code c) const { return member(set, bitmap_of(set), c); }
  // The same with the set's bitmap looked up already (null: none), for loops.
  const std::uint32_t* bitmap_of(const Code* set) const {
    const std::int32_t bitmap = set_bitmap_[set - code_];
    return bitmap >= 0 ? bitmaps_[bitmap].data() : nullptr;
  }
  static bool member(const Code* set, const std::uint32_t* bitmap, Code c) {
    if (bitmap && c < 256) return (bitmap[c >> 5] >> (c & 31)) & 1;
    return in_charset(set, c);
  }
  // How many characters from `position` (up to `end`) are in the set,
  // as folded by `fold`.
  template <class Fold>
  std::int64_t count_members(const Code* set, std::int64_t position, std::int64_t end, Fold fold) const {
    const std::uint32_t* bitmap = bitmap_of(set);
    while (position < end && member(set, bitmap, fold(text_[position]))) ++position;
    return position;
  }
  // The next context, for a sub-match starting at `pattern`.
  Context* push_context(const Code* pattern, bool toplevel, std::uint8_t resume) {
    if (state_.context_count == state_.contexts.size())
      state_.contexts.resize(std::max<std::size_t>(16, state_.contexts.size() * 2));
    Context* context = &state_.contexts[state_.context_count++];
    context->pattern = pattern;
    context->toplevel = toplevel;
    context->resume = resume;
    return context;
  }

  State& state_;
  const Char* text_;
  std::int64_t end_;
  const Code* code_;
  const std::int32_t* set_bitmap_;
  const std::array<std::uint32_t, 8>* bitmaps_;
};

template <class Char>
bool Matcher<Char>::at(std::int64_t position, Code at_code) const {
  switch (at_code) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return position == 0;
    case AT_BEGINNING_LINE:
      return position == 0 || text_[position - 1] == '\n';
    case AT_END:
      return (end_ - position == 1 && text_[position] == '\n') || position == end_;
    case AT_END_LINE:
      return position == end_ || text_[position] == '\n';
    case AT_END_STRING:
      return position == end_;
    case AT_BOUNDARY:
      return end_ != 0 && word_before(position, &ascii_word) != word_at(position, &ascii_word);
    case AT_NON_BOUNDARY:
      return end_ != 0 && word_before(position, &ascii_word) == word_at(position, &ascii_word);
    case AT_LOC_BOUNDARY:
      return end_ != 0 && word_before(position, &locale_word) != word_at(position, &locale_word);
    case AT_LOC_NON_BOUNDARY:
      return end_ != 0 && word_before(position, &locale_word) == word_at(position, &locale_word);
    case AT_UNI_BOUNDARY:
      return end_ != 0 && word_before(position, &unicode_word_fast) != word_at(position, &unicode_word_fast);
    case AT_UNI_NON_BOUNDARY:
      return end_ != 0 && word_before(position, &unicode_word_fast) == word_at(position, &unicode_word_fast);
    default:
      return false;
  }
}

template <class Char>
bool Matcher<Char>::group_reference(Code group, std::int64_t& position, CaseFold fold) const {
  const std::int64_t mark = static_cast<std::int64_t>(group) * 2;
  if (mark >= state_.lastmark) return false;
  std::int64_t from = state_.marks[mark];
  const std::int64_t to = state_.marks[mark + 1];
  if (from < 0 || to < 0 || to < from) return false;
  if (to - from > end_ - position) return false;
  for (; from < to; ++from, ++position)
    if (fold(text_[position]) != fold(text_[from])) return false;
  return true;
}

// How many times the one-character item at `pattern` matches from
// state.position, at most `maximum` times.
template <class Char>
std::int64_t Matcher<Char>::count(const Code* pattern, std::int64_t maximum) {
  const std::int64_t start = state_.position;
  std::int64_t position = start;
  std::int64_t end = end_;
  if (maximum < end - position && static_cast<Code>(maximum) != max_repeat) end = position + maximum;
  const Code operand = pattern[1];
  switch (pattern[0]) {
    case OP_IN:
      position = count_members(pattern + 2, position, end, same);
      break;
    case OP_ANY:
      while (position < end && text_[position] != '\n') ++position;
      break;
    case OP_ANY_ALL:
      position = end;
      break;
    case OP_LITERAL:
      while (position < end && text_[position] == operand) ++position;
      break;
    case OP_LITERAL_IGNORE:
      while (position < end && lower_ascii(text_[position]) == operand) ++position;
      break;
    case OP_LITERAL_UNI_IGNORE:
      while (position < end && lower_unicode(text_[position]) == operand) ++position;
      break;
    case OP_LITERAL_LOC_IGNORE:
      while (position < end && literal_locale_ignore(operand, text_[position])) ++position;
      break;
    case OP_NOT_LITERAL:
      while (position < end && text_[position] != operand) ++position;
      break;
    case OP_NOT_LITERAL_IGNORE:
      while (position < end && lower_ascii(text_[position]) != operand) ++position;
      break;
    case OP_NOT_LITERAL_UNI_IGNORE:
      while (position < end && lower_unicode(text_[position]) != operand) ++position;
      break;
    case OP_NOT_LITERAL_LOC_IGNORE:
      while (position < end && !literal_locale_ignore(operand, text_[position])) ++position;
      break;
    case OP_IN_IGNORE:
      position = count_members(pattern + 2, position, end, lower_ascii);
      break;
    case OP_IN_UNI_IGNORE:
      position = count_members(pattern + 2, position, end, lower_unicode);
      break;
    case OP_IN_LOC_IGNORE:
      while (position < end && in_charset_locale_ignore(pattern + 2, text_[position])) ++position;
      break;
    default:
      // Any other one-character item: run it as a pattern, one character
      // at a time (it cannot nest deeper than this).
      while (state_.position < end) {
        const std::int64_t status = match(pattern, false);
        if (status < 0) return status;
        if (status == 0) break;
      }
      return state_.position - start;
  }
  return position - start;
}

// Where a context continues when the sub-match it started returns (the
// labels of Matcher::match).
enum Resume : std::uint8_t {
  resume_none,
  resume_until,
  resume_max_until_2,
  resume_max_until_3,
  resume_min_until_2,
  resume_min_until_3,
  resume_repeat,
  resume_repeat_one,
  resume_min_repeat_one,
  resume_branch,
  resume_assert,
  resume_assert_not,
  resume_possessive_repeat_1,
  resume_possessive_repeat_2,
  resume_atomic_group,
};

// The body is CPython's SRE(match) transcribed: a sub-match ("DO_JUMP")
// pushes a context and restarts at `entrance`; returning pops it and jumps
// to the label its `resume` names. Every local lives at function scope, so
// the gotos into the switch skip no initialisation.
template <class Char>
std::int64_t Matcher<Char>::match(const Code* pattern, bool toplevel) {
  State& state = state_;
  const Char* const text = text_;
  const std::int64_t end = end_;
  const std::size_t base = state.context_count;
  std::int64_t ret = 0;
  std::int64_t position = 0;
  std::int64_t mark = 0;
  const Code* next_pattern = nullptr;
  bool next_toplevel = false;
  Context* context = nullptr;
  Repeat* repeat = nullptr;
  int repeat_of_tail = -1;
  std::uint8_t resume = resume_none;
  unsigned steps = 0;

  context = push_context(pattern, toplevel, resume_none);

#define RETURN_FAILURE \
  do {                 \
    ret = 0;           \
    goto exit;         \
  } while (0)
#define RETURN_SUCCESS \
  do {                 \
    ret = 1;           \
    goto exit;         \
  } while (0)
#define RETURN_ERROR(code)              \
  do {                                  \
    state.context_count = base;         \
    return code;                        \
  } while (0)
#define LASTMARK_SAVE()                      \
  do {                                       \
    context->lastmark = state.lastmark;      \
    context->lastindex = state.lastindex;    \
  } while (0)
#define LASTMARK_RESTORE()                   \
  do {                                       \
    state.lastmark = context->lastmark;      \
    state.lastindex = context->lastindex;    \
  } while (0)
  // Starts the sub-match at `target`; execution continues at `label` when
  // it returns, with `ret` its result.
#define SUB_MATCH(resume_at, label, target, sub_toplevel)                                              \
  next_pattern = (target);                                                                             \
  next_toplevel = (sub_toplevel);                                                                      \
  context->pattern = pattern;                                                                          \
  context->position = position;                                                                        \
  context = push_context(next_pattern, next_toplevel, resume_at);                                      \
  pattern = next_pattern;                                                                              \
  goto entrance;                                                                                       \
  label:                                                                                               \
  pattern = context->pattern;                                                                          \
  position = context->position;
#define CURRENT_REPEAT (&state.repeats[static_cast<std::size_t>(context->repeat)])

entrance:
  position = state.position;
  if (pattern[0] == OP_INFO) {
    // <INFO> <skip> <flags> <min> ...: too little text left cannot match.
    if (pattern[3] && static_cast<std::uint64_t>(end - position) < pattern[3]) RETURN_FAILURE;
    pattern += pattern[1] + 1;
  }

  for (;;) {
    if ((++steps & 0xFFF) == 0 && modules::any_pending && state.interpreter &&
        !modules::check_signals(*state.interpreter))
      RETURN_ERROR(error_interrupted);
    switch (*pattern++) {
      case OP_MARK: {
        // <MARK> <index>: marks between lastmark and this one become unset.
        const int index = static_cast<int>(pattern[0]);
        if (static_cast<std::size_t>(index) >= state.marks.size()) RETURN_ERROR(error_illegal);
        if (index & 1) state.lastindex = index / 2 + 1;
        if (index > state.lastmark) {
          for (int j = state.lastmark + 1; j < index; ++j) state.marks[j] = -1;
          state.lastmark = index;
        }
        state.marks[index] = position;
        pattern++;
        break;
      }

      case OP_LITERAL:
        if (position >= end || text[position] != pattern[0]) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_NOT_LITERAL:
        if (position >= end || text[position] == pattern[0]) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_SUCCESS:
        if (context->toplevel && ((state.match_all && position != state.end) ||
                                  (state.must_advance && position == state.start)))
          RETURN_FAILURE;
        state.position = position;
        RETURN_SUCCESS;

      case OP_AT:
        if (!at(position, pattern[0])) RETURN_FAILURE;
        pattern++;
        break;

      case OP_CATEGORY:
        if (position >= end || !category_matches(pattern[0], text[position])) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_ANY:
        if (position >= end || text[position] == '\n') RETURN_FAILURE;
        position++;
        break;

      case OP_ANY_ALL:
        if (position >= end) RETURN_FAILURE;
        position++;
        break;

      case OP_IN:
        if (position >= end || !member(pattern + 1, text[position])) RETURN_FAILURE;
        pattern += pattern[0];
        position++;
        break;

      case OP_LITERAL_IGNORE:
        if (position >= end || lower_ascii(text[position]) != pattern[0]) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_LITERAL_UNI_IGNORE:
        if (position >= end || lower_unicode(text[position]) != pattern[0]) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_LITERAL_LOC_IGNORE:
        if (position >= end || !literal_locale_ignore(pattern[0], text[position])) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_NOT_LITERAL_IGNORE:
        if (position >= end || lower_ascii(text[position]) == pattern[0]) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_NOT_LITERAL_UNI_IGNORE:
        if (position >= end || lower_unicode(text[position]) == pattern[0]) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_NOT_LITERAL_LOC_IGNORE:
        if (position >= end || literal_locale_ignore(pattern[0], text[position])) RETURN_FAILURE;
        pattern++;
        position++;
        break;

      case OP_IN_IGNORE:
        if (position >= end || !member(pattern + 1, lower_ascii(text[position]))) RETURN_FAILURE;
        pattern += pattern[0];
        position++;
        break;

      case OP_IN_UNI_IGNORE:
        if (position >= end || !member(pattern + 1, lower_unicode(text[position]))) RETURN_FAILURE;
        pattern += pattern[0];
        position++;
        break;

      case OP_IN_LOC_IGNORE:
        if (position >= end || !in_charset_locale_ignore(pattern + 1, text[position])) RETURN_FAILURE;
        pattern += pattern[0];
        position++;
        break;

      case OP_JUMP:
      case OP_INFO:
        // <JUMP> <offset>
        pattern += pattern[0];
        break;

      case OP_BRANCH:
        // <BRANCH> (<skip> alternative <JUMP>)... <0>: try each alternative
        // in turn, skipping those whose first character cannot match.
        LASTMARK_SAVE();
        if (state.repeat >= 0) push_marks(context->lastmark);
        for (; pattern[0]; pattern += pattern[0]) {
          if (pattern[1] == OP_LITERAL && (position >= end || text[position] != pattern[2])) continue;
          if (pattern[1] == OP_IN && (position >= end || !member(pattern + 3, text[position]))) continue;
          state.position = position;
          SUB_MATCH(resume_branch, resume_branch_label, pattern + 1, context->toplevel);
          if (ret) {
            if (state.repeat >= 0) discard_marks(context->lastmark);
            RETURN_SUCCESS;
          }
          if (state.repeat >= 0) pop_marks(context->lastmark, false);
          LASTMARK_RESTORE();
        }
        if (state.repeat >= 0) discard_marks(context->lastmark);
        RETURN_FAILURE;

      case OP_REPEAT_ONE:
      case OP_POSSESSIVE_REPEAT_ONE:
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a greedy
        // repeat of a one-character item: count all, then give back one at
        // a time until the tail matches (never, when possessive).
        if (static_cast<std::int64_t>(pattern[1]) > end - position) RETURN_FAILURE;
        state.position = position;
        ret = count(pattern + 3, pattern[2]);
        if (ret < 0) RETURN_ERROR(ret);
        context = &state.contexts[state.context_count - 1];
        context->count = ret;
        position += ret;
        if (context->count < static_cast<std::int64_t>(pattern[1])) RETURN_FAILURE;
        if (pattern[pattern[0]] == OP_SUCCESS && position == state.end &&
            !(context->toplevel && state.must_advance && position == state.start)) {
          // The tail is empty: done.
          state.position = position;
          RETURN_SUCCESS;
        }
        if (pattern[-1] == OP_POSSESSIVE_REPEAT_ONE) {
          pattern += pattern[0];
          break;
        }
        LASTMARK_SAVE();
        if (state.repeat >= 0) push_marks(context->lastmark);
        for (;;) {
          if (pattern[pattern[0]] == OP_LITERAL) {
            // The tail starts with a literal: skip the positions where it
            // cannot match.
            while (context->count >= static_cast<std::int64_t>(pattern[1]) &&
                   (position >= end || text[position] != pattern[pattern[0] + 1])) {
              position--;
              context->count--;
            }
          }
          if (context->count < static_cast<std::int64_t>(pattern[1])) break;
          state.position = position;
          SUB_MATCH(resume_repeat_one, resume_repeat_one_label, pattern + pattern[0], context->toplevel);
          if (ret) {
            if (state.repeat >= 0) discard_marks(context->lastmark);
            RETURN_SUCCESS;
          }
          if (state.repeat >= 0) pop_marks(context->lastmark, false);
          LASTMARK_RESTORE();
          position--;
          context->count--;
        }
        if (state.repeat >= 0) discard_marks(context->lastmark);
        RETURN_FAILURE;

      case OP_MIN_REPEAT_ONE:
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: the lazy
        // form: take the minimum, then one more each time the tail fails.
        if (static_cast<std::int64_t>(pattern[1]) > end - position) RETURN_FAILURE;
        state.position = position;
        if (pattern[1] == 0) {
          context->count = 0;
        } else {
          ret = count(pattern + 3, pattern[1]);
          if (ret < 0) RETURN_ERROR(ret);
          context = &state.contexts[state.context_count - 1];
          if (ret < static_cast<std::int64_t>(pattern[1])) RETURN_FAILURE;
          context->count = ret;
          position += ret;
        }
        if (pattern[pattern[0]] == OP_SUCCESS &&
            !(context->toplevel && ((state.match_all && position != state.end) ||
                                    (state.must_advance && position == state.start)))) {
          state.position = position;
          RETURN_SUCCESS;
        }
        LASTMARK_SAVE();
        if (state.repeat >= 0) push_marks(context->lastmark);
        while (pattern[2] == max_repeat || context->count <= static_cast<std::int64_t>(pattern[2])) {
          state.position = position;
          SUB_MATCH(resume_min_repeat_one, resume_min_repeat_one_label, pattern + pattern[0], context->toplevel);
          if (ret) {
            if (state.repeat >= 0) discard_marks(context->lastmark);
            RETURN_SUCCESS;
          }
          if (state.repeat >= 0) pop_marks(context->lastmark, false);
          LASTMARK_RESTORE();
          state.position = position;
          ret = count(pattern + 3, 1);
          if (ret < 0) RETURN_ERROR(ret);
          context = &state.contexts[state.context_count - 1];
          if (ret == 0) break;
          position++;
          context->count++;
        }
        if (state.repeat >= 0) discard_marks(context->lastmark);
        RETURN_FAILURE;

      case OP_REPEAT:
        // <REPEAT> <skip> <min> <max> item <UNTIL> tail: installs a repeat;
        // MAX_UNTIL/MIN_UNTIL at the item's end do the work.
        state.repeats.push_back(Repeat{-1, pattern, -1, state.repeat});
        context->repeat = static_cast<int>(state.repeats.size()) - 1;
        state.repeat = context->repeat;
        state.position = position;
        SUB_MATCH(resume_repeat, resume_repeat_label, pattern + pattern[0], context->toplevel);
        state.repeat = CURRENT_REPEAT->previous;
        state.repeats.pop_back();  // repeats end in the order they began
        if (ret) RETURN_SUCCESS;
        RETURN_FAILURE;

      case OP_MAX_UNTIL:
      case OP_MIN_UNTIL:
        // The end of a REPEAT's item. Until the minimum, another item must
        // match; then a greedy repeat (MAX_UNTIL) tries another item before
        // the tail, a lazy one (MIN_UNTIL) the tail first.
        if (state.repeat < 0) RETURN_ERROR(error_state);
        context->repeat = state.repeat;
        repeat = CURRENT_REPEAT;
        state.position = position;
        context->count = repeat->count + 1;
        if (context->count < static_cast<std::int64_t>(repeat->pattern[1])) {
          repeat->count = context->count;
          SUB_MATCH(resume_until, resume_until_label, CURRENT_REPEAT->pattern + 3, context->toplevel);
          if (ret) RETURN_SUCCESS;
          CURRENT_REPEAT->count = context->count - 1;
          state.position = position;
          RETURN_FAILURE;
        }
        if (pattern[-1] == OP_MIN_UNTIL) goto min_until;
        if ((context->count < static_cast<std::int64_t>(repeat->pattern[2]) || repeat->pattern[2] == max_repeat) &&
            state.position != repeat->last_position) {
          // Enough items, but try one more.
          repeat->count = context->count;
          LASTMARK_SAVE();
          push_marks(context->lastmark);
          state.saved.push_back(repeat->last_position);  // an empty item cannot repeat here
          repeat->last_position = state.position;
          SUB_MATCH(resume_max_until_2, resume_max_until_2_label, CURRENT_REPEAT->pattern + 3, context->toplevel);
          CURRENT_REPEAT->last_position = state.saved.back();
          state.saved.pop_back();
          if (ret) {
            discard_marks(context->lastmark);
            RETURN_SUCCESS;
          }
          pop_marks(context->lastmark, true);
          LASTMARK_RESTORE();
          CURRENT_REPEAT->count = context->count - 1;
          state.position = position;
        }
        // No more items here: the tail must match.
        state.repeat = CURRENT_REPEAT->previous;
        SUB_MATCH(resume_max_until_3, resume_max_until_3_label, pattern, context->toplevel);
        state.repeat = context->repeat;
        if (ret) RETURN_SUCCESS;
        state.position = position;
        RETURN_FAILURE;

      min_until:
        state.repeat = repeat->previous;
        LASTMARK_SAVE();
        if (state.repeat >= 0) push_marks(context->lastmark);
        SUB_MATCH(resume_min_until_2, resume_min_until_2_label, pattern, context->toplevel);
        repeat_of_tail = state.repeat;
        state.repeat = context->repeat;
        if (ret) {
          if (repeat_of_tail >= 0) discard_marks(context->lastmark);
          RETURN_SUCCESS;
        }
        if (repeat_of_tail >= 0) pop_marks(context->lastmark, true);
        LASTMARK_RESTORE();
        state.position = position;
        repeat = CURRENT_REPEAT;
        if ((context->count >= static_cast<std::int64_t>(repeat->pattern[2]) && repeat->pattern[2] != max_repeat) ||
            state.position == repeat->last_position)
          RETURN_FAILURE;
        repeat->count = context->count;
        state.saved.push_back(repeat->last_position);
        repeat->last_position = state.position;
        SUB_MATCH(resume_min_until_3, resume_min_until_3_label, CURRENT_REPEAT->pattern + 3, context->toplevel);
        CURRENT_REPEAT->last_position = state.saved.back();
        state.saved.pop_back();
        if (ret) RETURN_SUCCESS;
        CURRENT_REPEAT->count = context->count - 1;
        state.position = position;
        RETURN_FAILURE;

      case OP_POSSESSIVE_REPEAT:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: match
        // items as often as possible, each a separate sub-match, and never
        // come back to give one up.
        state.position = position;
        context->count = 0;
        while (context->count < static_cast<std::int64_t>(pattern[1])) {
          SUB_MATCH(resume_possessive_repeat_1, resume_possessive_repeat_1_label, pattern + 3, false);
          if (!ret) {
            state.position = position;
            RETURN_FAILURE;
          }
          context->count++;
        }
        // position -1 differs from any state.position, so the loop starts.
        position = -1;
        while ((context->count < static_cast<std::int64_t>(pattern[2]) || pattern[2] == max_repeat) &&
               state.position != position) {
          LASTMARK_SAVE();
          push_marks(context->lastmark);
          // An item matching empty text ends the loop on the next test.
          position = state.position;
          SUB_MATCH(resume_possessive_repeat_2, resume_possessive_repeat_2_label, pattern + 3, false);
          if (ret) {
            discard_marks(context->lastmark);
            context->count++;
          } else {
            pop_marks(context->lastmark, true);
            LASTMARK_RESTORE();
            state.position = position;
            break;
          }
        }
        pattern += pattern[0] + 1;
        position = state.position;
        break;

      case OP_ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail: the group matches
        // once, as a separate sub-match, and is never retried.
        state.position = position;
        SUB_MATCH(resume_atomic_group, resume_atomic_group_label, pattern + 1, false);
        if (!ret) {
          state.position = position;
          RETURN_FAILURE;
        }
        pattern += pattern[0];
        position = state.position;
        break;

      case OP_GROUPREF:
      case OP_GROUPREF_IGNORE:
      case OP_GROUPREF_UNI_IGNORE:
      case OP_GROUPREF_LOC_IGNORE:
        // <GROUPREF> <group>: the group's text again (compared by case too).
        if (!group_reference(pattern[0], position, case_fold(pattern[-1]))) RETURN_FAILURE;
        pattern++;
        break;

      case OP_GROUPREF_EXISTS:
        // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
        mark = static_cast<std::int64_t>(pattern[0]) * 2;
        if (mark >= state.lastmark || state.marks[mark] < 0 || state.marks[mark + 1] < 0 ||
            state.marks[mark + 1] < state.marks[mark]) {
          pattern += pattern[1];
          break;
        }
        pattern += 2;
        break;

      case OP_ASSERT:
        // <ASSERT> <skip> <back> pattern: the pattern matches `back`
        // characters before here (0: a lookahead).
        if (position < static_cast<std::int64_t>(pattern[1])) RETURN_FAILURE;
        state.position = position - pattern[1];
        SUB_MATCH(resume_assert, resume_assert_label, pattern + 2, false);
        if (!ret) RETURN_FAILURE;
        pattern += pattern[0];
        break;

      case OP_ASSERT_NOT:
        if (position >= static_cast<std::int64_t>(pattern[1])) {
          state.position = position - pattern[1];
          LASTMARK_SAVE();
          if (state.repeat >= 0) push_marks(context->lastmark);
          SUB_MATCH(resume_assert_not, resume_assert_not_label, pattern + 2, false);
          if (ret) {
            if (state.repeat >= 0) discard_marks(context->lastmark);
            RETURN_FAILURE;
          }
          if (state.repeat >= 0) pop_marks(context->lastmark, true);
          LASTMARK_RESTORE();
        }
        pattern += pattern[0];
        break;

      case OP_FAILURE:
        RETURN_FAILURE;

      default:
        RETURN_ERROR(error_illegal);
    }
  }

exit:
  // The context returns `ret` to its parent, which resumes where it left.
  resume = context->resume;
  if (--state.context_count == base) return ret;
  context = &state.contexts[state.context_count - 1];
  switch (resume) {
    case resume_until: goto resume_until_label;
    case resume_max_until_2: goto resume_max_until_2_label;
    case resume_max_until_3: goto resume_max_until_3_label;
    case resume_min_until_2: goto resume_min_until_2_label;
    case resume_min_until_3: goto resume_min_until_3_label;
    case resume_repeat: goto resume_repeat_label;
    case resume_repeat_one: goto resume_repeat_one_label;
    case resume_min_repeat_one: goto resume_min_repeat_one_label;
    case resume_branch: goto resume_branch_label;
    case resume_assert: goto resume_assert_label;
    case resume_assert_not: goto resume_assert_not_label;
    case resume_possessive_repeat_1: goto resume_possessive_repeat_1_label;
    case resume_possessive_repeat_2: goto resume_possessive_repeat_2_label;
    case resume_atomic_group: goto resume_atomic_group_label;
    default: break;
  }
  RETURN_ERROR(error_state);

#undef RETURN_FAILURE
#undef RETURN_SUCCESS
#undef RETURN_ERROR
#undef LASTMARK_SAVE
#undef LASTMARK_RESTORE
#undef SUB_MATCH
#undef CURRENT_REPEAT
}

// Finds the leftmost match from state.start. The INFO block, when present,
// tells how to skip positions where no match can begin: a literal prefix
// (searched with its overlap table, as Knuth-Morris-Pratt), or the set of
// possible first characters.
template <class Char>
std::int64_t Matcher<Char>::search(const Code* pattern) {
  State& state = state_;
  const Char* const text = text_;
  std::int64_t position = state.start;
  std::int64_t end = state.end;
  std::int64_t status = 0;
  std::int64_t prefix_length = 0;
  std::int64_t prefix_skip = 0;
  const Code* prefix = nullptr;
  const Code* charset = nullptr;
  const Code* overlap = nullptr;
  Code flags = 0;

  if (position > end) return 0;
  if (pattern[0] == OP_INFO) {
    // <INFO> <skip> <flags> <min> <max> <prefix or charset>
    flags = pattern[2];
    if (pattern[3] && end - position < static_cast<std::int64_t>(pattern[3])) return 0;
    if (pattern[3] > 1) {
      // No match can start within min-1 characters of the end (but keep
      // one character, for the literal searches).
      end -= pattern[3] - 1;
      if (end <= position) end = position;
    }
    if (flags & info_prefix) {
      // <length> <skip> <prefix characters> <overlap table>
      prefix_length = pattern[5];
      prefix_skip = pattern[6];
      prefix = pattern + 7;
      overlap = prefix + prefix_length - 1;
    } else if (flags & info_charset) {
      charset = pattern + 5;
    }
    pattern += 1 + pattern[1];
  }

  if (prefix_length == 1) {
    // The pattern starts with one known character.
    const Code first = prefix[0];
    if (sizeof(Char) < 4 && first > static_cast<Code>(static_cast<Char>(-1))) return 0;
    end = state.end;
    state.must_advance = false;
    while (position < end) {
      if constexpr (sizeof(Char) == 1) {
        const void* found = std::memchr(text + position, static_cast<int>(first), static_cast<std::size_t>(end - position));
        if (!found) return 0;
        position = static_cast<const Char*>(found) - text;
      } else {
        while (text[position] != first)
          if (++position >= end) return 0;
      }
      state.start = position;
      state.position = position + prefix_skip;
      if (flags & info_literal) return 1;  // the prefix is the whole pattern
      status = match(pattern + 2 * prefix_skip, false);
      if (status != 0) return status;
      ++position;
      state.lastmark = state.lastindex = -1;
    }
    return 0;
  }

  if (prefix_length > 1) {
    // A longer prefix: Knuth-Morris-Pratt over the overlap table.
    end = state.end;
    if (prefix_length > end - position) return 0;
    for (std::int64_t i = 0; i < prefix_length; ++i)
      if (sizeof(Char) < 4 && prefix[i] > static_cast<Code>(static_cast<Char>(-1))) return 0;
    while (position < end) {
      const Code first = prefix[0];
      if constexpr (sizeof(Char) == 1) {
        const void* found = std::memchr(text + position, static_cast<int>(first), static_cast<std::size_t>(end - position));
        if (!found) return 0;
        position = static_cast<const Char*>(found) - text + 1;
      } else {
        while (text[position++] != first)
          if (position >= end) return 0;
      }
      if (position >= end) return 0;
      std::int64_t i = 1;
      state.must_advance = false;
      do {
        if (text[position] == prefix[i]) {
          if (++i != prefix_length) {
            if (++position >= end) return 0;
            continue;
          }
          // The whole prefix is here.
          state.start = position - (prefix_length - 1);
          state.position = position - (prefix_length - prefix_skip - 1);
          if (flags & info_literal) return 1;
          status = match(pattern + 2 * prefix_skip, false);
          if (status != 0) return status;
          if (++position >= end) return 0;
          state.lastmark = state.lastindex = -1;
        }
        i = overlap[i];
      } while (i != 0);
    }
    return 0;
  }

  if (charset) {
    // The pattern starts with a character of a known set.
    end = state.end;
    state.must_advance = false;
    const std::uint32_t* bitmap = bitmap_of(charset);
    for (;;) {
      while (position < end && !member(charset, bitmap, text[position])) position++;
      if (position >= end) return 0;
      state.start = position;
      state.position = position;
      status = match(pattern, false);
      if (status != 0) break;
      position++;
      state.lastmark = state.lastindex = -1;
    }
    return status;
  }

  // The general case: try every position.
  state.start = state.position = position;
  status = match(pattern, true);
  state.must_advance = false;
  if (status == 0 && pattern[0] == OP_AT && (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
    // Anchored at the beginning: no later position can match.
    state.start = state.position = end;
    return 0;
  }
  // A pattern anchored at line starts (^ with MULTILINE) can only match
  // after a newline: the positions between are skipped.
  const bool line_start = pattern[0] == OP_AT && pattern[1] == AT_BEGINNING_LINE;
  while (status == 0 && position < end) {
    position++;
    if (line_start && position < end && text[position - 1] != '\n') {
      if constexpr (sizeof(Char) == 1) {
        const void* newline = std::memchr(text + position, '\n', static_cast<std::size_t>(end - position));
        position = newline ? static_cast<const Char*>(newline) - text + 1 : end;
      } else {
        while (position < end && text[position - 1] != '\n') position++;
      }
    }
    state.lastmark = state.lastindex = -1;
    state.start = state.position = position;
    status = match(pattern, false);
  }
  return status;
}

template <class F>
std::int64_t with_matcher(State& state, const Program& program, F&& f) {
  switch (state.charsize) {
    case 1: {
      Matcher<std::uint8_t> matcher(state, program);
      return f(matcher);
    }
    case 2: {
      Matcher<char16_t> matcher(state, program);
      return f(matcher);
    }
    default: {
      Matcher<char32_t> matcher(state, program);
      return f(matcher);
    }
  }
}

int clamp_status(std::int64_t status) { return status > 0 ? 1 : static_cast<int>(status); }

}  // namespace

Code lower_ascii(Code c) { return c - 'A' < 26u ? c + 0x20 : c; }

Code lower_unicode(Code c) {
  if (c < 256) return latin1.lower[c];
  return first_case_mapping(c, unicode::CaseMapping::Lower);
}

Code upper_unicode(Code c) {
  if (c < 256) return latin1.upper[c];
  return first_case_mapping(c, unicode::CaseMapping::Upper);
}

int match(State& state, const Program& program) {
  const Code* code = program.code.data();
  return clamp_status(with_matcher(state, program, [&](auto& matcher) { return matcher.match(code, true); }));
}

int search(State& state, const Program& program) {
  const Code* code = program.code.data();
  return clamp_status(with_matcher(state, program, [&](auto& matcher) { return matcher.search(code); }));
}

bool in_category(Code category, Code character) { return category_matches(category, character); }

// The code is walked as re/_compiler.py's dis() walks it: each region (the
// whole code, a repeat's item, an alternative, an assertion's pattern) is a
// sequence of instructions, nested regions are walked in turn.
bool prepare(Program& program, std::vector<Code> code) {
  program.code = std::move(code);
  const std::size_t size = program.code.size();
  program.code.push_back(OP_FAILURE);
  program.set_bitmap.assign(size + 1, -1);
  program.bitmaps.clear();
  const Code* words = program.code.data();
  // A set: operands from `start` up to its FAILURE at end - 1.
  const auto add_set = [&](std::size_t start, std::size_t end) {
    if (end <= start || words[end - 1] != OP_FAILURE || !well_formed_set(words + start, words + end - 1)) return false;
    std::array<std::uint32_t, 8> bitmap{};
    for (Code c = 0; c < 256; ++c)
      if (in_charset(words + start, c)) bitmap[c >> 5] |= 1u << (c & 31);
    program.set_bitmap[start] = static_cast<std::int32_t>(program.bitmaps.size());
    program.bitmaps.push_back(bitmap);
    return true;
  };
  std::vector<std::pair<std::size_t, std::size_t>> regions{{0, size}};
  while (!regions.empty()) {
    auto [i, end] = regions.back();
    regions.pop_back();
    while (i < end) {
      const Code op = words[i++];
      // The operands an instruction needs, and a skip that stays in the region.
      const auto operands = [&](std::size_t count) { return end - i >= count; };
      const auto skip_fits = [&](std::size_t minimum) { return operands(1) && words[i] >= minimum && words[i] <= end - i; };
      switch (op) {
        case OP_FAILURE: case OP_SUCCESS: case OP_ANY: case OP_ANY_ALL: case OP_MAX_UNTIL: case OP_MIN_UNTIL:
          break;
        case OP_LITERAL: case OP_NOT_LITERAL: case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
        case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE: case OP_LITERAL_LOC_IGNORE:
        case OP_NOT_LITERAL_LOC_IGNORE: case OP_AT: case OP_CATEGORY: case OP_MARK: case OP_GROUPREF:
        case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE: case OP_GROUPREF_LOC_IGNORE:
          if (!operands(1)) return false;
          i += 1;
          break;
        case OP_JUMP:
          if (!operands(1) || words[i] > size - i) return false;
          i += 1;
          break;
        case OP_GROUPREF_EXISTS:
          if (!operands(2) || words[i + 1] > size - i) return false;
          i += 2;
          break;
        case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE:
          if (!skip_fits(2) || !add_set(i + 1, i + words[i])) return false;
          i += words[i];
          break;
        case OP_INFO: {
          // <skip> <flags> <min> <max> then a prefix (<length> <skip>
          // <characters> <overlap table>) or a charset.
          if (!skip_fits(4)) return false;
          const std::size_t skip = words[i];
          const Code flags = words[i + 1];
          if (flags & info_prefix) {
            if (skip < 6 || words[i + 4] > (skip - 6) / 2 || words[i + 5] > words[i + 4]) return false;
            for (Code k = 0; k < words[i + 4]; ++k)
              if (words[i + 6 + words[i + 4] + k] >= words[i + 4]) return false;  // overlap entries
          } else if ((flags & info_charset) && !add_set(i + 4, i + skip)) {
            return false;
          }
          i += skip;
          break;
        }
        case OP_BRANCH:
          // (<skip> alternative)... <0>
          while (operands(1) && words[i] != 0) {
            if (!skip_fits(2)) return false;
            regions.emplace_back(i + 1, i + words[i]);
            i += words[i];
          }
          if (!operands(1)) return false;
          i += 1;
          break;
        case OP_REPEAT: case OP_REPEAT_ONE: case OP_MIN_REPEAT_ONE: case OP_POSSESSIVE_REPEAT:
        case OP_POSSESSIVE_REPEAT_ONE:
          // <skip> <min> <max> item
          if (!skip_fits(3)) return false;
          regions.emplace_back(i + 3, i + words[i]);
          i += words[i];
          break;
        case OP_ASSERT: case OP_ASSERT_NOT:
          // <skip> <back> pattern
          if (!skip_fits(2)) return false;
          regions.emplace_back(i + 2, i + words[i]);
          i += words[i];
          break;
        case OP_ATOMIC_GROUP:
          if (!skip_fits(1)) return false;
          regions.emplace_back(i + 1, i + words[i]);
          i += words[i];
          break;
        default:
          return false;
      }
    }
  }
  return true;
}

}  // namespace krait::modules::sre
