// Native modules, _sre: the matching engine. It runs the code re/_compiler.py
// makes from a pattern (the opcodes of sre_codes.def) over the characters of
// a str (at its width: 1, 2 or 4 bytes a character) or of a bytes-like
// object, with the semantics of CPython's Modules/_sre/sre_lib.h: the same
// backtracking order, so the same match and the same group values.
// Backtracking never recurses in C++: sub-matches are contexts on an explicit
// stack (State::contexts), so deep patterns and long inputs cannot overflow
// the machine stack.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace krait::runtime {
class Interpreter;
}

namespace krait::modules::sre {

// A word of compiled code (_sre.CODESIZE bytes).
using Code = std::uint32_t;

// re/_constants.py's MAGIC: the version of the code format (sre_codes.def).
constexpr std::int64_t magic = 20220615;
// The "no upper bound" count of a repeat (_sre.MAXREPEAT).
constexpr Code max_repeat = 0xFFFFFFFFu;
// The most capturing groups a pattern may have (_sre.MAXGROUPS).
constexpr std::int64_t max_groups = 0x7FFFFFFF / 2;

enum Opcode : Code {
#define KRAIT_SRE_OPCODE(name) OP_##name,
#include "modules/sre/sre_codes.def"
#undef KRAIT_SRE_OPCODE
};
enum AtCode : Code {
#define KRAIT_SRE_AT(name) AT_##name,
#include "modules/sre/sre_codes.def"
#undef KRAIT_SRE_AT
};
enum CategoryCode : Code {
#define KRAIT_SRE_CATEGORY(name) CATEGORY_##name,
#include "modules/sre/sre_codes.def"
#undef KRAIT_SRE_CATEGORY
};

// The flags word of an INFO block.
constexpr Code info_prefix = 1;   // a literal prefix follows
constexpr Code info_literal = 2;  // ... and it is the whole pattern
constexpr Code info_charset = 4;  // a set of possible first characters follows

// What match and search return: 1 matched, 0 did not, or an error.
constexpr int error_illegal = -1;  // bad code (a compiler/engine bug)
constexpr int error_state = -2;    // an UNTIL without its REPEAT
constexpr int error_interrupted = -10;  // a signal handler raised (the exception is pending)

// A compiled pattern as the engine runs it: the code words, and for each
// set in them (IN's operands, INFO's charset) a bitmap of the characters
// 0-255 it holds, so that testing most characters is one bit.
struct Program {
  // The code words, then one FAILURE word of the engine's own (not part of
  // the pattern's code): a jump to the end meets it and fails.
  std::vector<Code> code;
  std::vector<std::int32_t> set_bitmap;  // per code word: the bitmap of the set starting there, or -1
  std::vector<std::array<std::uint32_t, 8>> bitmaps;

  // The pattern's code words (without the final FAILURE).
  std::size_t size() const { return code.size() - 1; }
};

// Makes a program of `code`: false for code that is not well formed (an
// unknown opcode, an operand or a jump beyond the end), which the engine
// could not run safely.
bool prepare(Program& program, std::vector<Code> code);

// A REPEAT being matched: how many items so far, and where the last began
// (an item matching empty text does not count again there).
struct Repeat {
  std::int64_t count;
  const Code* pattern;  // the REPEAT instruction's operands
  std::int64_t last_position;
  int previous;  // the enclosing repeat (index in State::repeats), or -1
};

// A sub-match in progress (CPython's match_context): where it resumes when
// the sub-match it started returns, and what it saved for backtracking.
struct Context {
  std::int64_t count;
  std::int64_t position;
  const Code* pattern;
  int repeat;  // a repeat this context works on
  int lastmark;
  int lastindex;
  bool toplevel;
  std::uint8_t resume;  // where the parent continues (sre_engine.cpp's Resume)
};

// One match attempt's subject and results. Positions are character indexes
// into the whole string; marks are -1 when unset.
struct State {
  // Where signal handlers run while a long match goes on (every few
  // thousand steps, as CPython's sre); null: they wait.
  runtime::Interpreter* interpreter = nullptr;
  const void* text = nullptr;
  int charsize = 1;          // bytes a character: 1 (bytes, Latin-1 strs), 2 or 4
  std::int64_t start = 0;    // where the match begins (set by search)
  std::int64_t position = 0; // where matching goes on; after a match, its end
  std::int64_t end = 0;      // endpos: the end of the text matched against
  std::int64_t pos = 0;      // the pos and endpos asked for, clamped
  std::int64_t endpos = 0;
  // Group boundaries: marks[2g] and marks[2g+1] for group g+1; only the
  // first lastmark+1 are meaningful.
  std::vector<std::int64_t> marks;
  int lastmark = -1;
  int lastindex = -1;        // the last group closed (Match.lastindex), or -1
  bool match_all = false;    // fullmatch: the match must end at `end`
  bool must_advance = false; // the match may not be empty at `start` (after an empty match)
  int repeat = -1;           // the innermost repeat (index in repeats), or -1
  std::vector<Repeat> repeats;
  // The contexts of the sub-matches in progress: the first context_count
  // (the vector only grows, so pushing is a store).
  std::vector<Context> contexts;
  std::size_t context_count = 0;
  std::vector<std::int64_t> saved;  // marks and repeat positions saved for backtracking

  // Gives back the memory of an unusually deep match, so a State kept for
  // the next one holds only what ordinary matches need.
  void trim() {
    constexpr std::size_t kept = 1024;
    if (contexts.size() > kept) std::vector<Context>().swap(contexts);
    if (saved.capacity() > kept) std::vector<std::int64_t>().swap(saved);
    if (repeats.capacity() > kept) std::vector<Repeat>().swap(repeats);
  }

  // Forgets the groups of a previous attempt.
  void reset() {
    lastmark = lastindex = -1;
    repeat = -1;
    repeats.clear();
    context_count = 0;
    saved.clear();
  }
};

// Matches the program at state.position.
int match(State& state, const Program& program);
// Finds the first match of the program from state.start; state.start and
// state.position are the match's bounds after success.
int search(State& state, const Program& program);

// Whether a character is in a class of CATEGORY (CategoryCode).
bool in_category(Code category, Code character);

// The case mappings of the IGNORECASE opcodes (and of _sre.ascii_tolower,
// _sre.unicode_tolower, _sre.unicode_iscased).
Code lower_ascii(Code character);
Code lower_unicode(Code character);
Code upper_unicode(Code character);

}  // namespace krait::modules::sre
