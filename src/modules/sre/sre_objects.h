// Native modules, _sre: the objects re works with. re.Pattern (what
// _sre.compile makes of re/_compiler.py's code), re.Match (a successful
// match: its groups as marks into the subject) and _sre.SRE_Scanner (the
// position of an iteration through the matches of a subject), and how their
// methods read a subject: a str at its width, or bytes-like data.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "modules/sre/sre_engine.h"
#include "runtime/interpreter.h"

namespace krait::modules::sre {

struct PatternObject : runtime::Object {
  runtime::Ref pattern;     // the source: a str, bytes, or None (re.Scanner's)
  runtime::Ref groupindex;  // a dict, group name -> number; null without named groups
  runtime::Ref indexgroup;  // a tuple, number -> name or None; null likewise
  std::int64_t flags = 0;
  std::int64_t groups = 0;  // capturing groups
  int isbytes = 0;          // 1: bytes pattern, 0: str, -1: no source
  Program program;
  // A State kept between calls, so matching does not allocate its stacks
  // every time (taken while in use: a nested call makes its own).
  std::unique_ptr<State> spare_state;
};

struct MatchObject : runtime::Object {
  runtime::Ref pattern;  // the PatternObject
  runtime::Ref string;   // the subject
  runtime::Ref regs;     // the `regs` tuple, made on first use
  std::int64_t pos = 0;
  std::int64_t endpos = 0;
  std::int64_t lastindex = -1;
  std::int64_t groups = 0;  // the pattern's groups plus group 0
  // 2 * groups marks follow: the start and end of each group, -1 when the
  // group did not take part.
  std::int64_t* marks() { return reinterpret_cast<std::int64_t*>(this + 1); }
  const std::int64_t* marks() const { return reinterpret_cast<const std::int64_t*>(this + 1); }
};

inline PatternObject* as_pattern(runtime::Value value) { return static_cast<PatternObject*>(value.as_object()); }
inline MatchObject* as_match(runtime::Value value) { return static_cast<MatchObject*>(value.as_object()); }

// The characters of a subject: a str's code points at its width, or the
// bytes of bytes, bytearray or memoryview.
struct Subject {
  const void* data = nullptr;
  std::int64_t length = 0;
  int charsize = 1;
  bool isbytes = false;
};

// False with CPython's TypeError ("expected string or bytes-like object,
// got 'int'") for other objects.
[[nodiscard]] bool subject_of(runtime::Interpreter& interpreter, runtime::Value string, Subject& out);
// string[start:end] as re returns it: a str, or bytes for any bytes-like
// subject (the subject itself when it is whole and exactly str or bytes).
runtime::Ref subject_slice(runtime::Interpreter& interpreter, runtime::Value string, const Subject& subject,
                           std::int64_t start, std::int64_t end);

// A match object for the match `state` holds.
runtime::Ref new_match(runtime::Interpreter& interpreter, PatternObject* pattern, runtime::Value string,
                       const State& state);

// re.Match.expand and Pattern.sub's templates are expanded by re's own
// Python code (re._expand, re._subx): calls re.<function>(arguments).
runtime::Ref call_re_function(runtime::Interpreter& interpreter, const char* function, const runtime::Value* arguments,
                              std::size_t count);

// The types, made when _sre is first imported (interpreter.sre).
runtime::Type* new_pattern_type(runtime::Interpreter& interpreter);
runtime::Type* new_match_type(runtime::Interpreter& interpreter);
runtime::Type* new_scanner_type(runtime::Interpreter& interpreter);

}  // namespace krait::modules::sre
