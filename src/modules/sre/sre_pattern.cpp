// Native modules, _sre: re.Pattern and _sre.SRE_Scanner (CPython's
// Modules/_sre/sre.c): matching, searching, findall, finditer, split,
// sub/subn, and how a subject is read.
#include <algorithm>
#include <cstring>
#include <string>

#include "modules/sre/sre_objects.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/generic_alias_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/memoryview_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules::sre {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// ---------------------------------------------------------------------------
// Subjects

bool subject_of(Interpreter& interpreter, Value string, Subject& out) {
  if (runtime::is_str(interpreter, string)) {
    const runtime::StrObject* str = runtime::as_str(string);
    out = Subject{str->data(), str->length, str->width, false};
    return true;
  }
  std::string_view bytes;
  if (runtime::is_bytes(interpreter, string)) {
    bytes = runtime::as_bytes(string)->view();
  } else if (runtime::is_bytearray(interpreter, string)) {
    bytes = runtime::as_bytearray(string)->bytes;
  } else if (runtime::is_memoryview(interpreter, string)) {
    const runtime::MemoryViewObject* view = runtime::as_memoryview(string);
    if (!view->object)
      return static_cast<bool>(
          interpreter.raise(interpreter.ValueError_type, "operation forbidden on released memoryview object"));
    if (!runtime::memoryview_contiguous_bytes(view, bytes))
      return static_cast<bool>(
          interpreter.raise(interpreter.BufferError_type, "memoryview: underlying buffer is not C-contiguous"));
  } else {
    return static_cast<bool>(interpreter.raise(
        interpreter.TypeError_type,
        "expected string or bytes-like object, got " + runtime::quoted_type_name(interpreter, string)));
  }
  out = Subject{bytes.data(), static_cast<std::int64_t>(bytes.size()), 1, true};
  return true;
}

Ref subject_slice(Interpreter& interpreter, Value string, const Subject& subject, std::int64_t start,
                  std::int64_t end) {
  if (!subject.isbytes) return runtime::str_substring(interpreter, string, start, end);
  if (start == 0 && end == subject.length && string.as_object()->type == interpreter.bytes_type)
    return Ref::borrow(string);
  return runtime::new_bytes(interpreter,
                            std::string_view(static_cast<const char*>(subject.data) + start,
                                             static_cast<std::size_t>(end - start)));
}

Ref call_re_function(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count) {
  // re is loaded (it is what calls _sre), so sys.modules has it; else import it.
  const Value name = interpreter.intern("re");
  Value module = runtime::dict_get_str(interpreter.modules.get(), name);
  Ref imported;
  if (module.is_null()) {
    const Value import = runtime::dict_get_str(interpreter.builtins(), interpreter.intern("__import__"));
    imported = runtime::call(interpreter, import, &name, 1);
    if (!imported) return Ref();
    module = imported.get();
  }
  Ref callable = runtime::get_attribute(interpreter, module, interpreter.intern(function));
  if (!callable) return Ref();
  return runtime::call(interpreter, callable.get(), arguments, count);
}

namespace {

Type* pattern_type(Interpreter& interpreter) { return interpreter.sre.pattern; }

// While a bytearray is matched, it may not change size (as a buffer export
// pins it in CPython): a callback of sub() could otherwise free the bytes
// being read.
class SubjectPin {
 public:
  SubjectPin() = default;
  SubjectPin(const SubjectPin&) = delete;
  SubjectPin& operator=(const SubjectPin&) = delete;
  ~SubjectPin() { release(); }
  void pin(Interpreter& interpreter, Value string) {
    release();
    if (runtime::is_bytearray(interpreter, string)) {
      bytearray_ = Ref::borrow(string);
      ++runtime::as_bytearray(string)->exports;
    }
  }
  void release() {
    if (bytearray_) --runtime::as_bytearray(bytearray_.get())->exports;
    bytearray_ = Ref();
  }

 private:
  Ref bytearray_;
};

// Prepares `state` to match `pattern` against `string` between pos and
// endpos (CPython's state_init): false with TypeError for a subject of the
// wrong kind.
bool init_state(Interpreter& interpreter, const PatternObject* pattern, Value string, std::int64_t pos,
                std::int64_t endpos, State& state, Subject& subject) {
  if (!subject_of(interpreter, string, subject)) return false;
  if (subject.isbytes && pattern->isbytes == 0) {
    interpreter.set_exception(interpreter.TypeError_type, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (!subject.isbytes && pattern->isbytes > 0) {
    interpreter.set_exception(interpreter.TypeError_type, "cannot use a bytes pattern on a string-like object");
    return false;
  }
  pos = std::clamp<std::int64_t>(pos, 0, subject.length);
  endpos = std::clamp<std::int64_t>(endpos, 0, subject.length);
  state.reset();
  state.interpreter = &interpreter;
  state.text = subject.data;
  state.charsize = subject.charsize;
  state.marks.assign(static_cast<std::size_t>(pattern->groups) * 2, -1);
  state.match_all = false;
  state.must_advance = false;
  state.start = state.position = pos;
  state.end = endpos;
  state.pos = pos;
  state.endpos = endpos;
  return true;
}

// A State for one call on a pattern: the pattern's spare one when free.
class Matching {
 public:
  explicit Matching(PatternObject* pattern)
      : pattern_(pattern), state_(pattern->spare_state ? std::move(pattern->spare_state) : std::make_unique<State>()) {}
  ~Matching() {
    if (pattern_->spare_state) return;
    state_->trim();
    pattern_->spare_state = std::move(state_);
  }
  Matching(const Matching&) = delete;
  Matching& operator=(const Matching&) = delete;

  [[nodiscard]] bool begin(Interpreter& interpreter, Value string, std::int64_t pos, std::int64_t endpos) {
    if (!init_state(interpreter, pattern_, string, pos, endpos, *state_, subject_)) return false;
    pin_.pin(interpreter, string);
    return true;
  }
  State& state() { return *state_; }
  const Subject& subject() const { return subject_; }
  const Program& program() const { return pattern_->program; }

 private:
  PatternObject* pattern_;
  std::unique_ptr<State> state_;
  Subject subject_;
  SubjectPin pin_;
};

// A negative status from the engine: a signal handler's exception, or
// (a bug) a bad pattern code or engine state.
Ref engine_error(Interpreter& interpreter) {
  if (interpreter.has_exception()) return Ref();
  return interpreter.raise(interpreter.RuntimeError_type, "internal error in regular expression engine");
}

// Group `group`'s text in the state (state_getslice): the empty string or
// None (`empty` false) when it did not take part.
Ref state_group(Interpreter& interpreter, const State& state, Value string, const Subject& subject, std::int64_t group,
                bool empty) {
  const std::int64_t index = (group - 1) * 2;
  if (index >= state.lastmark || state.marks[index] < 0 || state.marks[index + 1] < 0) {
    if (!empty) return interpreter.new_none();
    return subject_slice(interpreter, string, subject, 0, 0);
  }
  return subject_slice(interpreter, string, subject, state.marks[index], state.marks[index + 1]);
}

// The (string, pos, endpos) arguments of match, search, findall ...
bool string_arguments(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                      Value kwnames, Value& string, std::int64_t& pos, std::int64_t& endpos) {
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {function, {"string", "pos", "endpos"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return false;
  string = bound[0];
  pos = 0;
  endpos = INT64_MAX;
  return (bound[1].is_null() || runtime::index_argument(interpreter, bound[1], pos)) &&
         (bound[2].is_null() || runtime::index_argument(interpreter, bound[2], endpos));
}

enum class MatchMode { match, fullmatch, search };

Ref match_with_mode(Interpreter& interpreter, Value self, const char* function, MatchMode mode, const Value* arguments,
                    std::size_t count, Value kwnames) {
  Value string;
  std::int64_t pos = 0;
  std::int64_t endpos = 0;
  if (!string_arguments(interpreter, function, arguments, count, kwnames, string, pos, endpos)) return Ref();
  PatternObject* pattern = as_pattern(self);
  Matching matching(pattern);
  if (!matching.begin(interpreter, string, pos, endpos)) return Ref();
  State& state = matching.state();
  state.match_all = mode == MatchMode::fullmatch;
  const int status = mode == MatchMode::search ? search(state, matching.program()) : match(state, matching.program());
  if (status < 0) return engine_error(interpreter);
  if (status == 0) return interpreter.new_none();
  return new_match(interpreter, pattern, string, state);
}

Ref pattern_match(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return match_with_mode(interpreter, self, "match", MatchMode::match, arguments, count, kwnames);
}

Ref pattern_fullmatch(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return match_with_mode(interpreter, self, "fullmatch", MatchMode::fullmatch, arguments, count, kwnames);
}

Ref pattern_search(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return match_with_mode(interpreter, self, "search", MatchMode::search, arguments, count, kwnames);
}

// After a match ending at state.position, the next search starts there and
// may not match empty at the same place again.
void advance(State& state) {
  state.must_advance = state.position == state.start;
  state.start = state.position;
}

// The next match from state.start (findall, split, sub): 1 found, 0 none,
// -1 with an exception pending.
int search_next(Interpreter& interpreter, Matching& matching) {
  State& state = matching.state();
  state.reset();
  state.position = state.start;
  const int status = search(state, matching.program());
  if (status < 0) {
    (void)engine_error(interpreter);
    return -1;
  }
  return status;
}

Ref pattern_findall(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value string;
  std::int64_t pos = 0;
  std::int64_t endpos = 0;
  if (!string_arguments(interpreter, "findall", arguments, count, kwnames, string, pos, endpos)) return Ref();
  PatternObject* pattern = as_pattern(self);
  Matching matching(pattern);
  if (!matching.begin(interpreter, string, pos, endpos)) return Ref();
  State& state = matching.state();
  const Subject& subject = matching.subject();
  Ref list = runtime::new_list(interpreter, {});
  while (state.start <= state.end) {
    const int status = search_next(interpreter, matching);
    if (status < 0) return Ref();
    if (status == 0) break;
    Ref item;
    if (pattern->groups == 0) {
      item = subject_slice(interpreter, string, subject, state.start, state.position);
    } else if (pattern->groups == 1) {
      item = state_group(interpreter, state, string, subject, 1, true);
    } else {
      std::vector<Ref> groups;
      std::vector<Value> values;
      for (std::int64_t group = 1; group <= pattern->groups; ++group) {
        groups.push_back(state_group(interpreter, state, string, subject, group, true));
        if (!groups.back()) return Ref();
        values.push_back(groups.back().get());
      }
      item = runtime::new_tuple(interpreter, values);
    }
    if (!item) return Ref();
    runtime::list_append(list.get(), item.get());
    advance(state);
  }
  return list;
}

Ref new_scanner(Interpreter& interpreter, PatternObject* pattern, Value string, std::int64_t pos, std::int64_t endpos);

Ref pattern_scanner(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value string;
  std::int64_t pos = 0;
  std::int64_t endpos = 0;
  if (!string_arguments(interpreter, "scanner", arguments, count, kwnames, string, pos, endpos)) return Ref();
  return new_scanner(interpreter, as_pattern(self), string, pos, endpos);
}

Ref pattern_finditer(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value string;
  std::int64_t pos = 0;
  std::int64_t endpos = 0;
  if (!string_arguments(interpreter, "finditer", arguments, count, kwnames, string, pos, endpos)) return Ref();
  Ref scanner = new_scanner(interpreter, as_pattern(self), string, pos, endpos);
  if (!scanner) return Ref();
  Ref search = runtime::get_attribute(interpreter, scanner.get(), interpreter.intern("search"));
  if (!search) return Ref();
  return runtime::new_callable_iterator(interpreter, search.get(), interpreter.none());
}

Ref pattern_split(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {"split", {"string", "maxsplit"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  const Value string = bound[0];
  std::int64_t maxsplit = 0;
  if (!bound[1].is_null() && !runtime::index_argument(interpreter, bound[1], maxsplit)) return Ref();
  PatternObject* pattern = as_pattern(self);
  Matching matching(pattern);
  if (!matching.begin(interpreter, string, 0, INT64_MAX)) return Ref();
  State& state = matching.state();
  const Subject& subject = matching.subject();
  Ref list = runtime::new_list(interpreter, {});
  std::int64_t splits = 0;
  std::int64_t last = state.start;
  while (!maxsplit || splits < maxsplit) {
    const int status = search_next(interpreter, matching);
    if (status < 0) return Ref();
    if (status == 0) break;
    Ref piece = subject_slice(interpreter, string, subject, last, state.start);
    if (!piece) return Ref();
    runtime::list_append(list.get(), piece.get());
    for (std::int64_t group = 1; group <= pattern->groups; ++group) {
      Ref item = state_group(interpreter, state, string, subject, group, false);
      if (!item) return Ref();
      runtime::list_append(list.get(), item.get());
    }
    ++splits;
    advance(state);
    last = state.start;
  }
  Ref rest = subject_slice(interpreter, string, subject, last, state.endpos);
  if (!rest) return Ref();
  runtime::list_append(list.get(), rest.get());
  return list;
}

// ---------------------------------------------------------------------------
// sub and subn

bool contains_backslash(const Subject& subject) {
  if (subject.charsize == 1)
    return std::memchr(subject.data, '\\', static_cast<std::size_t>(subject.length)) != nullptr;
  for (std::int64_t i = 0; i < subject.length; ++i) {
    const Code c = subject.charsize == 2 ? static_cast<const char16_t*>(subject.data)[i]
                                         : static_cast<const char32_t*>(subject.data)[i];
    if (c == '\\') return true;
  }
  return false;
}

// The result of sub() built piece by piece, as CPython joins its list of
// pieces at the end: a piece of the wrong type is reported then, by its
// index in that list, after all replacements were made.
class Replacement {
 public:
  Replacement(Interpreter& interpreter, Value string, const Subject& subject)
      : interpreter_(interpreter), string_(string), subject_(subject), text_(interpreter, subject.isbytes ? 0 : subject.length) {}

  void add_segment(std::int64_t start, std::int64_t end) {
    if (subject_.isbytes)
      bytes_.append(static_cast<const char*>(subject_.data) + start, static_cast<std::size_t>(end - start));
    else
      text_.append(string_, start, end);
    ++pieces_;
  }
  void add_item(Value item) {
    if (bad_index_ < 0) {
      if (!subject_.isbytes && runtime::is_str(interpreter_, item)) {
        text_.append(item);
      } else if (subject_.isbytes && bytes_like(item)) {
        Subject data;
        if (subject_of(interpreter_, item, data))
          bytes_.append(static_cast<const char*>(data.data), static_cast<std::size_t>(data.length));
        else
          (void)interpreter_.take_exception();
      } else {
        bad_index_ = pieces_;
        bad_type_ = std::string(runtime::type_name(interpreter_, item));
      }
    }
    ++pieces_;
  }
  Ref finish() {
    if (bad_index_ >= 0)
      return interpreter_.raise(interpreter_.TypeError_type,
                                "sequence item " + std::to_string(bad_index_) + ": expected " +
                                    (subject_.isbytes ? "a bytes-like object, " : "str instance, ") + bad_type_ +
                                    " found");
    if (subject_.isbytes) return runtime::new_bytes(interpreter_, bytes_);
    return text_.finish();
  }

 private:
  bool bytes_like(Value item) const {
    return runtime::is_bytes(interpreter_, item) || runtime::is_bytearray(interpreter_, item) ||
           runtime::is_memoryview(interpreter_, item);
  }
  Interpreter& interpreter_;
  Value string_;
  const Subject& subject_;
  runtime::StrBuilder text_;
  std::string bytes_;
  std::int64_t pieces_ = 0;
  std::int64_t bad_index_ = -1;
  std::string bad_type_;
};

Ref pattern_subx(Interpreter& interpreter, Value self, const char* function, bool subn, const Value* arguments,
                 std::size_t count, Value kwnames) {
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {function, {"repl", "string", "count"}, 0, 0, 2}, arguments, count,
                               kwnames, bound))
    return Ref();
  const Value repl = bound[0];
  const Value string = bound[1];
  std::int64_t limit = 0;
  if (!bound[2].is_null() && !runtime::index_argument(interpreter, bound[2], limit)) return Ref();
  PatternObject* pattern = as_pattern(self);

  // The replacement: a callable, a literal (a template without
  // backslashes), or what re._subx makes of a template (a literal again,
  // or a function expanding it for each match).
  Ref filter = Ref::borrow(repl);
  bool callable = runtime::type_of(interpreter, repl)->call != nullptr;
  if (!callable) {
    Subject template_text;
    bool literal = false;
    if (subject_of(interpreter, repl, template_text))
      literal = !contains_backslash(template_text);
    else
      (void)interpreter.take_exception();
    if (!literal) {
      const Value subx_arguments[] = {self, repl};
      filter = call_re_function(interpreter, "_subx", subx_arguments, 2);
      if (!filter) return Ref();
      callable = runtime::type_of(interpreter, filter.get())->call != nullptr;
    }
  }

  Matching matching(pattern);
  if (!matching.begin(interpreter, string, 0, INT64_MAX)) return Ref();
  State& state = matching.state();
  const Subject& subject = matching.subject();
  Replacement result(interpreter, string, subject);
  std::int64_t done = 0;  // the text before this is in the result
  std::int64_t substitutions = 0;
  while (!limit || substitutions < limit) {
    const int status = search_next(interpreter, matching);
    if (status < 0) return Ref();
    if (status == 0) break;
    const std::int64_t match_start = state.start;
    const std::int64_t match_end = state.position;
    if (done < match_start) result.add_segment(done, match_start);
    if (callable) {
      Ref match = new_match(interpreter, pattern, string, state);
      if (!match) return Ref();
      const Value match_value = match.get();
      Ref item = runtime::call(interpreter, filter.get(), &match_value, 1);
      if (!item) return Ref();
      if (item.get() != interpreter.none()) result.add_item(item.get());
    } else {
      result.add_item(filter.get());
    }
    done = match_end;
    ++substitutions;
    advance(state);
  }
  Ref text;
  if (substitutions == 0) {
    // Nothing replaced: the subject itself (as the join of one piece).
    text = subject_slice(interpreter, string, subject, 0, state.endpos);
  } else {
    if (done < state.endpos) result.add_segment(done, state.endpos);
    text = result.finish();
  }
  if (!text) return Ref();
  if (!subn) return text;
  Ref number = runtime::new_int(interpreter, substitutions);
  const Value pair[] = {text.get(), number.get()};
  return runtime::new_tuple(interpreter, pair);
}

Ref pattern_sub(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return pattern_subx(interpreter, self, "sub", false, arguments, count, kwnames);
}

Ref pattern_subn(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return pattern_subx(interpreter, self, "subn", true, arguments, count, kwnames);
}

// ---------------------------------------------------------------------------
// The other methods and attributes

Ref pattern_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "Pattern.__copy__", count, kwnames)) return Ref();
  return Ref::borrow(self);
}

Ref pattern_deepcopy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__deepcopy__", count, kwnames)) return Ref();
  return Ref::borrow(self);
}

Ref pattern_pattern(Interpreter&, Value self) { return Ref::borrow(as_pattern(self)->pattern.get()); }
Ref pattern_flags(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, as_pattern(self)->flags); }
Ref pattern_groups(Interpreter& interpreter, Value self) {
  return runtime::new_int(interpreter, as_pattern(self)->groups);
}

Ref pattern_groupindex(Interpreter& interpreter, Value self) {
  const PatternObject* pattern = as_pattern(self);
  if (!pattern->groupindex) return runtime::new_dict(interpreter);
  return runtime::new_mappingproxy(interpreter, pattern->groupindex.get());
}

// The repr of `value`, cut to `limit` characters (PyUnicode_FromFormat's %.<limit>R).
Ref limited_repr(Interpreter& interpreter, Value value, std::int64_t limit) {
  Ref text = runtime::repr(interpreter, value);
  if (!text || runtime::as_str(text.get())->length <= limit) return text;
  return runtime::str_substring(interpreter, text.get(), 0, limit);
}

Ref pattern_repr(Interpreter& interpreter, Value self) {
  static constexpr struct {
    const char* name;
    std::int64_t value;
  } flag_names[] = {{"re.IGNORECASE", 2}, {"re.LOCALE", 4},   {"re.MULTILINE", 8}, {"re.DOTALL", 16},
                    {"re.UNICODE", 32},   {"re.VERBOSE", 64}, {"re.DEBUG", 128},   {"re.ASCII", 256}};
  const PatternObject* pattern = as_pattern(self);
  std::int64_t flags = pattern->flags;
  // re.UNICODE goes without saying for a str pattern.
  if (pattern->isbytes == 0 && (flags & (4 | 32 | 256)) == 32) flags &= ~std::int64_t{32};
  std::string flag_text;
  for (const auto& flag : flag_names) {
    if (!(flags & flag.value)) continue;
    if (!flag_text.empty()) flag_text += '|';
    flag_text += flag.name;
    flags &= ~flag.value;
  }
  if (flags) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%x", static_cast<unsigned>(flags));
    if (!flag_text.empty()) flag_text += '|';
    flag_text += hex;
  }
  Ref source = limited_repr(interpreter, pattern->pattern.get(), 200);
  if (!source) return Ref();
  runtime::StrBuilder builder(interpreter);
  builder.append_ascii("re.compile(");
  builder.append(source.get());
  if (!flag_text.empty()) {
    builder.append_ascii(", ");
    builder.append_ascii(flag_text);
  }
  builder.append_ascii(")");
  return builder.finish();
}

Ref pattern_compare(Interpreter& interpreter, Value left, Value right, runtime::CompareOp op) {
  if ((op != runtime::CompareOp::Eq && op != runtime::CompareOp::Ne) || !right.is_object() ||
      right.as_object()->type != pattern_type(interpreter))
    return Ref::borrow(interpreter.not_implemented());
  bool same = left == right;
  if (!same) {
    const PatternObject* a = as_pattern(left);
    const PatternObject* b = as_pattern(right);
    same = a->flags == b->flags && a->isbytes == b->isbytes && a->program.code == b->program.code;
    if (same) {
      const int equal = runtime::equal(interpreter, a->pattern.get(), b->pattern.get());
      if (equal < 0) return Ref();
      same = equal != 0;
    }
  }
  return interpreter.new_boolean(same == (op == runtime::CompareOp::Eq));
}

std::int64_t pattern_hash(Interpreter& interpreter, Value self) {
  const PatternObject* pattern = as_pattern(self);
  std::int64_t hash = runtime::hash(interpreter, pattern->pattern.get());
  if (hash == -1 && interpreter.has_exception()) return -1;
  std::uint64_t code_hash = 14695981039346656037u;  // FNV-1a over the code words
  for (const Code word : pattern->program.code) code_hash = (code_hash ^ word) * 1099511628211u;
  hash ^= static_cast<std::int64_t>(code_hash) ^ pattern->flags ^ pattern->isbytes ^
          static_cast<std::int64_t>(pattern->program.size());
  return hash == -1 ? -2 : hash;
}

void pattern_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<PatternObject*>(object); }

// ---------------------------------------------------------------------------
// _sre.SRE_Scanner: the state of an iteration through the matches of one
// subject (re.Scanner, finditer).

struct ScannerObject : runtime::Object {
  Ref pattern;
  Ref string;
  State state;
  Subject subject;
  SubjectPin pin;
  bool exhausted = false;  // the last attempt failed: no more matches
};

ScannerObject* as_scanner(Value value) { return static_cast<ScannerObject*>(value.as_object()); }

Ref new_scanner(Interpreter& interpreter, PatternObject* pattern, Value string, std::int64_t pos, std::int64_t endpos) {
  auto* scanner = new ScannerObject;
  scanner->type = interpreter.sre.scanner;
  Ref result = Ref::steal(Value::object(scanner));
  if (!init_state(interpreter, pattern, string, pos, endpos, scanner->state, scanner->subject)) return Ref();
  scanner->pattern = Ref::borrow(Value::object(pattern));
  scanner->string = Ref::borrow(string);
  scanner->pin.pin(interpreter, string);
  return result;
}

Ref scanner_next(Interpreter& interpreter, Value self, std::size_t count, Value kwnames, const char* name, bool searching) {
  if (!runtime::check_no_arguments(interpreter, name, count, kwnames)) return Ref();
  ScannerObject* scanner = as_scanner(self);
  if (scanner->exhausted) return interpreter.new_none();
  State& state = scanner->state;
  PatternObject* pattern = as_pattern(scanner->pattern.get());
  state.reset();
  state.position = state.start;
  const int status = searching ? search(state, pattern->program) : match(state, pattern->program);
  if (status < 0) return engine_error(interpreter);
  if (status == 0) {
    scanner->exhausted = true;
    return interpreter.new_none();
  }
  Ref found = new_match(interpreter, pattern, scanner->string.get(), state);
  advance(state);
  return found;
}

Ref scanner_match(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  return scanner_next(interpreter, self, count, kwnames, "match", false);
}

Ref scanner_search(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  return scanner_next(interpreter, self, count, kwnames, "search", true);
}

Ref scanner_pattern(Interpreter&, Value self) { return Ref::borrow(as_scanner(self)->pattern.get()); }

void scanner_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<ScannerObject*>(object); }

}  // namespace

Type* new_pattern_type(Interpreter& interpreter) {
  Type* type = runtime::new_native_type(interpreter, "re.Pattern", interpreter.object_type);
  type->repr = &pattern_repr;
  type->compare = &pattern_compare;
  type->hash = &pattern_hash;
  type->deallocate = &pattern_deallocate;
  runtime::add_methods(interpreter, type,
                       {{"match", &pattern_match},
                        {"fullmatch", &pattern_fullmatch},
                        {"search", &pattern_search},
                        {"sub", &pattern_sub},
                        {"subn", &pattern_subn},
                        {"split", &pattern_split},
                        {"findall", &pattern_findall},
                        {"finditer", &pattern_finditer},
                        {"scanner", &pattern_scanner},
                        {"__copy__", &pattern_copy},
                        {"__deepcopy__", &pattern_deepcopy}});
  runtime::add_class_methods(interpreter, type, {{"__class_getitem__", &runtime::generic_class_getitem}});
  runtime::add_getsets(interpreter, type,
                       {{"pattern", &pattern_pattern},
                        {"flags", &pattern_flags},
                        {"groups", &pattern_groups},
                        {"groupindex", &pattern_groupindex}});
  runtime::ready_native_type(interpreter, type);
  return type;
}

Type* new_scanner_type(Interpreter& interpreter) {
  Type* type = runtime::new_native_type(interpreter, "_sre.SRE_Scanner", interpreter.object_type);
  type->deallocate = &scanner_deallocate;
  runtime::add_methods(interpreter, type, {{"match", &scanner_match}, {"search", &scanner_search}});
  runtime::add_getsets(interpreter, type, {{"pattern", &scanner_pattern}});
  runtime::ready_native_type(interpreter, type);
  return type;
}

}  // namespace krait::modules::sre
