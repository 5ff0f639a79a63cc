// Native modules, _sre: re.Match (CPython's Modules/_sre/sre.c, match
// methods): a successful match keeps its pattern, its subject and the span
// of every group, and makes the groups' texts when asked.
#include <new>
#include <string>

#include "modules/sre/sre_objects.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/generic_alias_object.h"
#include "objects/int_object.h"
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

Ref new_match(Interpreter& interpreter, PatternObject* pattern, Value string, const State& state) {
  const std::int64_t groups = pattern->groups + 1;
  void* memory = ::operator new(sizeof(MatchObject) + sizeof(std::int64_t) * 2 * static_cast<std::size_t>(groups));
  auto* match = new (memory) MatchObject;
  match->type = interpreter.sre.match;
  Ref result = Ref::steal(Value::object(match));
  match->pattern = Ref::borrow(Value::object(pattern));
  match->string = Ref::borrow(string);
  match->groups = groups;
  match->pos = state.pos;
  match->endpos = state.endpos;
  match->lastindex = state.lastindex;
  std::int64_t* marks = match->marks();
  marks[0] = state.start;
  marks[1] = state.position;
  for (std::int64_t group = 0, mark = 0; group < pattern->groups; ++group, mark += 2) {
    if (mark + 1 <= state.lastmark && state.marks[mark] >= 0 && state.marks[mark + 1] >= 0) {
      marks[mark + 2] = state.marks[mark];
      marks[mark + 3] = state.marks[mark + 1];
      if (marks[mark + 2] > marks[mark + 3])
        return interpreter.raise(interpreter.SystemError_type,
                                 "The span of capturing group is wrong, please report a bug for the re module.");
    } else {
      marks[mark + 2] = marks[mark + 3] = -1;
    }
  }
  return result;
}

namespace {

// The text of group `index` (valid), or `fallback` when it did not take part.
Ref group_text(Interpreter& interpreter, const MatchObject* match, std::int64_t index, Value fallback) {
  const std::int64_t* marks = match->marks();
  if (match->string.get() == interpreter.none() || marks[index * 2] < 0) return Ref::borrow(fallback);
  // The subject is read again: a bytearray may have changed since.
  Subject subject;
  if (!subject_of(interpreter, match->string.get(), subject)) return Ref();
  const std::int64_t start = std::min(marks[index * 2], subject.length);
  const std::int64_t end = std::min(marks[index * 2 + 1], subject.length);
  return subject_slice(interpreter, match->string.get(), subject, start, end);
}

// A group number from an int (or __index__) or a group name: false with
// IndexError "no such group" when there is no such group.
bool group_index(Interpreter& interpreter, const MatchObject* match, Value key, std::int64_t& out) {
  out = -1;
  if (key.is_small_int()) {
    out = key.as_small_int();
  } else if (runtime::is_int(interpreter, key) ||
             !runtime::lookup_special(interpreter, key, interpreter.names.dunder_index).is_null()) {
    Ref index = runtime::number_index(interpreter, key);
    if (!index) return false;
    if (!runtime::int_to_int64(interpreter, index.get(), out)) out = -1;  // huge: no such group
  } else {
    const PatternObject* pattern = as_pattern(match->pattern.get());
    if (pattern->groupindex) {
      Value found;
      const int status = runtime::dict_lookup(interpreter, pattern->groupindex.get(), key, found);
      if (status < 0) return false;
      if (status > 0 && found.is_small_int()) out = found.as_small_int();
    }
  }
  if (out < 0 || out >= match->groups) {
    interpreter.set_exception(interpreter.IndexError_type, "no such group");
    return false;
  }
  return true;
}

Ref group_by_key(Interpreter& interpreter, const MatchObject* match, Value key, Value fallback) {
  std::int64_t index = 0;
  if (!group_index(interpreter, match, key, index)) return Ref();
  return group_text(interpreter, match, index, fallback);
}

Ref match_group(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "group", kwnames)) return Ref();
  const MatchObject* match = as_match(self);
  if (count == 0) return group_text(interpreter, match, 0, interpreter.none());
  if (count == 1) return group_by_key(interpreter, match, arguments[0], interpreter.none());
  std::vector<Ref> items;
  std::vector<Value> values;
  for (std::size_t i = 0; i < count; ++i) {
    items.push_back(group_by_key(interpreter, match, arguments[i], interpreter.none()));
    if (!items.back()) return Ref();
    values.push_back(items.back().get());
  }
  return runtime::new_tuple(interpreter, values);
}

Ref match_subscript(Interpreter& interpreter, Value self, Value key) {
  return group_by_key(interpreter, as_match(self), key, interpreter.none());
}

// The `default` argument of groups() and groupdict().
bool default_argument(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                      Value kwnames, Value& out) {
  Value bound[1];
  if (!runtime::bind_arguments(interpreter, {function, {"default"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return false;
  out = bound[0].is_null() ? interpreter.none() : bound[0];
  return true;
}

Ref match_groups(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value fallback;
  if (!default_argument(interpreter, "groups", arguments, count, kwnames, fallback)) return Ref();
  const MatchObject* match = as_match(self);
  std::vector<Ref> items;
  std::vector<Value> values;
  for (std::int64_t index = 1; index < match->groups; ++index) {
    items.push_back(group_text(interpreter, match, index, fallback));
    if (!items.back()) return Ref();
    values.push_back(items.back().get());
  }
  return runtime::new_tuple(interpreter, values);
}

Ref match_groupdict(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value fallback;
  if (!default_argument(interpreter, "groupdict", arguments, count, kwnames, fallback)) return Ref();
  const MatchObject* match = as_match(self);
  Ref result = runtime::new_dict(interpreter);
  const PatternObject* pattern = as_pattern(match->pattern.get());
  if (!pattern->groupindex) return result;
  std::size_t position = 0;
  Value name;
  Value number;
  while (runtime::dict_next(pattern->groupindex.get(), position, name, number)) {
    const std::int64_t index = number.is_small_int() ? number.as_small_int() : -1;
    Ref text = index >= 0 && index < match->groups ? group_text(interpreter, match, index, fallback)
                                                   : group_by_key(interpreter, match, name, fallback);
    if (!text || !runtime::dict_set_item(interpreter, result.get(), name, text.get())) return Ref();
  }
  return result;
}

// The group argument of start(), end() and span(): group 0 when absent.
bool optional_group(Interpreter& interpreter, const char* function, const MatchObject* match,
                    const Value* arguments, std::size_t count, Value kwnames, std::int64_t& index) {
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, 0, 1))
    return false;
  index = 0;
  return count == 0 || group_index(interpreter, match, arguments[0], index);
}

Ref match_start(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t index = 0;
  if (!optional_group(interpreter, "start", as_match(self), arguments, count, kwnames, index)) return Ref();
  return runtime::new_int(interpreter, as_match(self)->marks()[index * 2]);
}

Ref match_end(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t index = 0;
  if (!optional_group(interpreter, "end", as_match(self), arguments, count, kwnames, index)) return Ref();
  return runtime::new_int(interpreter, as_match(self)->marks()[index * 2 + 1]);
}

Ref span_of(Interpreter& interpreter, const MatchObject* match, std::int64_t index) {
  Ref start = runtime::new_int(interpreter, match->marks()[index * 2]);
  Ref end = runtime::new_int(interpreter, match->marks()[index * 2 + 1]);
  const Value pair[] = {start.get(), end.get()};
  return runtime::new_tuple(interpreter, pair);
}

Ref match_span(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t index = 0;
  if (!optional_group(interpreter, "span", as_match(self), arguments, count, kwnames, index)) return Ref();
  return span_of(interpreter, as_match(self), index);
}

Ref match_expand(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[1];
  if (!runtime::bind_arguments(interpreter, {"expand", {"template"}, 0, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  const Value expand_arguments[] = {as_match(self)->pattern.get(), self, bound[0]};
  return call_re_function(interpreter, "_expand", expand_arguments, 3);
}

Ref match_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "Match.__copy__", count, kwnames)) return Ref();
  return Ref::borrow(self);
}

Ref match_deepcopy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__deepcopy__", count, kwnames)) return Ref();
  return Ref::borrow(self);
}

Ref match_string(Interpreter&, Value self) { return Ref::borrow(as_match(self)->string.get()); }
Ref match_re(Interpreter&, Value self) { return Ref::borrow(as_match(self)->pattern.get()); }
Ref match_pos(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, as_match(self)->pos); }
Ref match_endpos(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, as_match(self)->endpos); }

Ref match_lastindex(Interpreter& interpreter, Value self) {
  const MatchObject* match = as_match(self);
  if (match->lastindex < 0) return interpreter.new_none();
  return runtime::new_int(interpreter, match->lastindex);
}

Ref match_lastgroup(Interpreter& interpreter, Value self) {
  const MatchObject* match = as_match(self);
  const PatternObject* pattern = as_pattern(match->pattern.get());
  if (!pattern->indexgroup || match->lastindex < 0 || match->lastindex >= runtime::as_tuple(pattern->indexgroup.get())->size)
    return interpreter.new_none();
  return Ref::borrow(runtime::as_tuple(pattern->indexgroup.get())->items()[match->lastindex]);
}

Ref match_regs(Interpreter& interpreter, Value self) {
  MatchObject* match = as_match(self);
  if (!match->regs) {
    std::vector<Ref> spans;
    std::vector<Value> values;
    for (std::int64_t index = 0; index < match->groups; ++index) {
      spans.push_back(span_of(interpreter, match, index));
      if (!spans.back()) return Ref();
      values.push_back(spans.back().get());
    }
    match->regs = runtime::new_tuple(interpreter, values);
    if (!match->regs) return Ref();
  }
  return Ref::borrow(match->regs.get());
}

Ref match_repr(Interpreter& interpreter, Value self) {
  const MatchObject* match = as_match(self);
  Ref whole = group_text(interpreter, match, 0, interpreter.none());
  if (!whole) return Ref();
  Ref text = runtime::repr(interpreter, whole.get());
  if (!text) return Ref();
  // %.50R: the repr of the matched text, cut to 50 characters.
  if (runtime::as_str(text.get())->length > 50) text = runtime::str_substring(interpreter, text.get(), 0, 50);
  runtime::StrBuilder builder(interpreter);
  builder.append_ascii("<re.Match object; span=(" + std::to_string(match->marks()[0]) + ", " +
                       std::to_string(match->marks()[1]) + "), match=");
  builder.append(text.get());
  builder.append_ascii(">");
  return builder.finish();
}

void match_deallocate(Interpreter&, runtime::Object* object) {
  auto* match = static_cast<MatchObject*>(object);
  match->~MatchObject();
  ::operator delete(match);
}

}  // namespace

Type* new_match_type(Interpreter& interpreter) {
  Type* type = runtime::new_native_type(interpreter, "re.Match", interpreter.object_type);
  type->repr = &match_repr;
  type->subscript = &match_subscript;
  type->deallocate = &match_deallocate;
  runtime::add_methods(interpreter, type,
                       {{"group", &match_group},
                        {"groups", &match_groups},
                        {"groupdict", &match_groupdict},
                        {"start", &match_start},
                        {"end", &match_end},
                        {"span", &match_span},
                        {"expand", &match_expand},
                        {"__copy__", &match_copy},
                        {"__deepcopy__", &match_deepcopy}});
  runtime::add_class_methods(interpreter, type, {{"__class_getitem__", &runtime::generic_class_getitem}});
  runtime::add_getsets(interpreter, type,
                       {{"string", &match_string},
                        {"re", &match_re},
                        {"pos", &match_pos},
                        {"endpos", &match_endpos},
                        {"lastindex", &match_lastindex},
                        {"lastgroup", &match_lastgroup},
                        {"regs", &match_regs}});
  runtime::ready_native_type(interpreter, type);
  return type;
}

}  // namespace krait::modules::sre
