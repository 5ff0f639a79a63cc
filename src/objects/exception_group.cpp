// Objects: BaseExceptionGroup and ExceptionGroup (PEP 654): construction with
// CPython's checks, split/subgroup/derive, and what `except*` needs from them
// (exception_group_split, prepare_reraise_star).
#include "objects/exception_group.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

const TupleObject* members(Value group) { return as_tuple(as_exception(group)->payload.get()); }
Value message_of(Value group) { return as_tuple(as_exception(group)->args.get())->items()[0]; }

// BaseExceptionGroup.__new__(cls, message, exceptions).
Ref group_new(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  if (!reject_keywords(interpreter, type->name, kwnames) ||
      !check_tuple_arguments(interpreter, "BaseExceptionGroup.__new__", count, 2, 2))
    return Ref();
  if (!is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "BaseExceptionGroup.__new__() argument 1 must be str, not " +
                                                             std::string(type_name(interpreter, arguments[0])));
  const Type* sequence_type = type_of(interpreter, arguments[1]);
  if (sequence_type != interpreter.list_type && sequence_type != interpreter.tuple_type &&
      !is_subtype(sequence_type, interpreter.list_type) && !is_subtype(sequence_type, interpreter.tuple_type))
    return interpreter.raise(interpreter.TypeError_type, "second argument (exceptions) must be a sequence");
  Ref exceptions = tuple_from_iterable(interpreter, arguments[1]);
  if (!exceptions) return Ref();
  const TupleObject* items = as_tuple(exceptions.get());
  if (items->size == 0)
    return interpreter.raise(interpreter.ValueError_type, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (std::int64_t i = 0; i < items->size; ++i) {
    if (!is_exception(interpreter, items->items()[i]))
      return interpreter.raise(interpreter.ValueError_type,
                               "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    all_exceptions = all_exceptions && is_subtype(type_of(interpreter, items->items()[i]), interpreter.Exception_type);
  }
  // BaseExceptionGroup of Exceptions is an ExceptionGroup; an ExceptionGroup
  // may not hold BaseExceptions.
  if (type == interpreter.BaseExceptionGroup_type && all_exceptions) type = interpreter.ExceptionGroup_type;
  if (!all_exceptions && is_subtype(type, interpreter.Exception_type))
    return interpreter.raise(interpreter.TypeError_type, "Cannot nest BaseExceptions in an " +
                                                             std::string(type == interpreter.ExceptionGroup_type
                                                                             ? "ExceptionGroup"
                                                                             : "exception group that is also an Exception"));
  Ref group = new_exception(interpreter, type, new_tuple(interpreter, std::span<const Value>(arguments, 2)));
  as_exception(group.get())->payload = std::move(exceptions);
  return group;
}

// __init__ keeps what __new__ stored (args included).
Ref group_init(Interpreter& interpreter, Value self, const Value*, std::size_t, Value kwnames) {
  if (!reject_keywords(interpreter, type_of(interpreter, self)->name, kwnames)) return Ref();
  return interpreter.new_none();
}

Ref group_str(Interpreter& interpreter, Value self) {
  const std::int64_t count = members(self)->size;
  return new_str(interpreter, std::string(str_utf8(message_of(self))) + " (" + std::to_string(count) +
                                  " sub-exception" + (count == 1 ? "" : "s") + ")");
}

Ref get_message(Interpreter&, Value self) { return Ref::borrow(message_of(self)); }
Ref get_exceptions(Interpreter&, Value self) { return Ref::borrow(as_exception(self)->payload.get()); }

Ref group_derive(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "derive", kwnames) || !check_positional(interpreter, "derive", count, 1, 1))
    return Ref();
  const Value pair[] = {message_of(self), arguments[0]};
  return call(interpreter, Value::object(interpreter.BaseExceptionGroup_type), pair, 2);
}

// How a split condition is given: a type, a tuple of types, or a predicate.
enum class ConditionKind { Types, Predicate };

bool check_condition(Interpreter& interpreter, Value condition, ConditionKind& kind) {
  auto all_types = [&](Value value) {
    if (is_exception_type(interpreter, value)) return true;
    if (type_of(interpreter, value) != interpreter.tuple_type) return false;
    const TupleObject* tuple = as_tuple(value);
    return std::all_of(tuple->items(), tuple->items() + tuple->size,
                       [&](Value item) { return is_exception_type(interpreter, item); });
  };
  if (all_types(condition)) {
    kind = ConditionKind::Types;
    return true;
  }
  if (type_of(interpreter, condition)->call && !is_exception_type(interpreter, condition) &&
      type_of(interpreter, condition) != interpreter.tuple_type) {
    kind = ConditionKind::Predicate;
    return true;
  }
  interpreter.set_exception(interpreter.TypeError_type,
                            "expected a function, exception type or tuple of exception types");
  return false;
}

// 1 when `exception` satisfies the condition, 0 when not, -1 on error.
int satisfies(Interpreter& interpreter, Value exception, Value condition, ConditionKind kind) {
  if (kind == ConditionKind::Predicate) {
    Ref result = call(interpreter, condition, &exception, 1);
    return result ? truth(interpreter, result.get()) : -1;
  }
  const bool is_tuple = type_of(interpreter, condition) == interpreter.tuple_type;
  const std::span<const Value> types = is_tuple ? std::span<const Value>(as_tuple(condition)->items(), as_tuple(condition)->size)
                                                : std::span<const Value>(&condition, 1);
  return std::any_of(types.begin(), types.end(), [&](Value type) {
    return is_subtype(type_of(interpreter, exception), static_cast<Type*>(type.as_object()));
  });
}

// A part of a group made by derive(), with the group's metadata.
Ref derive_part(Interpreter& interpreter, Value group, std::vector<Value>& parts) {
  Ref list = new_list(interpreter, parts);
  const Value argument = list.get();
  Ref derived = call_method(interpreter, group, interpreter.intern("derive"), &argument, 1);
  if (!derived) return Ref();
  if (!is_exception(interpreter, derived.get()) ||
      !is_subtype(type_of(interpreter, derived.get()), interpreter.BaseExceptionGroup_type))
    return interpreter.raise(interpreter.TypeError_type, "derive must return an instance of BaseExceptionGroup");
  ExceptionObject* from = as_exception(group);
  ExceptionObject* to = as_exception(derived.get());
  to->cause = from->cause ? Ref::borrow(from->cause.get()) : Ref();
  to->context = from->context ? Ref::borrow(from->context.get()) : Ref();
  to->suppress_context = from->suppress_context;
  copy_traceback(*from, *to);
  Ref notes;
  const Value notes_name = interpreter.intern("__notes__");
  const int found = lookup_attribute(interpreter, group, notes_name, notes);
  if (found < 0) return Ref();
  if (found && !set_attribute(interpreter, derived.get(), notes_name, notes.get())) return Ref();
  return derived;
}

// Splits `exception` by the condition: `match` and `rest` (null for none).
bool split(Interpreter& interpreter, Value exception, Value condition, ConditionKind kind, bool want_rest,
           Ref& match, Ref& rest) {
  const int whole = satisfies(interpreter, exception, condition, kind);
  if (whole < 0) return false;
  const bool group = is_subtype(type_of(interpreter, exception), interpreter.BaseExceptionGroup_type);
  if (whole || !group) {
    (whole ? match : rest) = Ref::borrow(exception);
    return true;
  }
  std::vector<Ref> held;
  std::vector<Value> matched, remaining;
  const TupleObject* items = members(exception);
  for (std::int64_t i = 0; i < items->size; ++i) {
    Ref part_match, part_rest;
    if (!split(interpreter, items->items()[i], condition, kind, want_rest, part_match, part_rest)) return false;
    if (part_match) matched.push_back(held.emplace_back(std::move(part_match)).get());
    if (part_rest && want_rest) remaining.push_back(held.emplace_back(std::move(part_rest)).get());
  }
  if (!matched.empty() && !(match = derive_part(interpreter, exception, matched))) return false;
  if (!remaining.empty() && !(rest = derive_part(interpreter, exception, remaining))) return false;
  return true;
}

Ref none_or(Interpreter& interpreter, Ref value) { return value ? std::move(value) : interpreter.new_none(); }

Ref group_split(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  ConditionKind kind;
  if (!reject_keywords(interpreter, "split", kwnames) || !check_positional(interpreter, "split", count, 1, 1) ||
      !check_condition(interpreter, arguments[0], kind))
    return Ref();
  Ref match, rest;
  if (!split(interpreter, self, arguments[0], kind, true, match, rest)) return Ref();
  Ref first = none_or(interpreter, std::move(match));
  Ref second = none_or(interpreter, std::move(rest));
  const Value pair[] = {first.get(), second.get()};
  return new_tuple(interpreter, pair);
}

Ref group_subgroup(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  ConditionKind kind;
  if (!reject_keywords(interpreter, "subgroup", kwnames) || !check_positional(interpreter, "subgroup", count, 1, 1) ||
      !check_condition(interpreter, arguments[0], kind))
    return Ref();
  Ref match, rest;
  if (!split(interpreter, self, arguments[0], kind, false, match, rest)) return Ref();
  return none_or(interpreter, std::move(match));
}

// The leaves of an exception (itself, or a group's leaves, recursively).
void collect_leaves(Interpreter& interpreter, Value exception, std::vector<Value>& leaves) {
  if (!is_subtype(type_of(interpreter, exception), interpreter.BaseExceptionGroup_type)) {
    leaves.push_back(exception);
    return;
  }
  const TupleObject* items = members(exception);
  for (std::int64_t i = 0; i < items->size; ++i) collect_leaves(interpreter, items->items()[i], leaves);
}

// What the leaves of `exception` that are in `keep` make of it, keeping its
// structure (CPython's exception_group_projection).
bool project(Interpreter& interpreter, Value exception, const std::vector<Value>& keep, Ref& out) {
  if (!is_subtype(type_of(interpreter, exception), interpreter.BaseExceptionGroup_type)) {
    if (std::find(keep.begin(), keep.end(), exception) != keep.end()) out = Ref::borrow(exception);
    return true;
  }
  std::vector<Ref> held;
  std::vector<Value> parts;
  const TupleObject* items = members(exception);
  for (std::int64_t i = 0; i < items->size; ++i) {
    Ref part;
    if (!project(interpreter, items->items()[i], keep, part)) return false;
    if (part) parts.push_back(held.emplace_back(std::move(part)).get());
  }
  if (parts.empty()) return true;
  out = derive_part(interpreter, exception, parts);
  return static_cast<bool>(out);
}

// Whether `exception` is (part of) the original, re-raised: split() gave it
// the original's metadata, which a new exception does not have.
bool same_metadata(const ExceptionObject* a, const ExceptionObject* b) {
  return a->cause.get() == b->cause.get() && a->context.get() == b->context.get() && a->traceback.size() == b->traceback.size();
}

}  // namespace

bool except_star_match(Interpreter& interpreter, Value exception, Value types, Ref& match, Ref& rest) {
  ConditionKind kind = ConditionKind::Types;
  const bool is_tuple = type_of(interpreter, types) == interpreter.tuple_type;
  const std::span<const Value> classes = is_tuple ? std::span<const Value>(as_tuple(types)->items(), as_tuple(types)->size)
                                                  : std::span<const Value>(&types, 1);
  for (Value type : classes) {
    if (!is_exception_type(interpreter, type)) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (is_subtype(static_cast<Type*>(type.as_object()), interpreter.BaseExceptionGroup_type)) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  }
  const bool group = is_subtype(type_of(interpreter, exception), interpreter.BaseExceptionGroup_type);
  if (satisfies(interpreter, exception, types, kind)) {
    // A whole match; a naked exception is handled wrapped in a group.
    if (group) {
      match = Ref::borrow(exception);
    } else {
      Ref members = new_tuple(interpreter, std::span<const Value>(&exception, 1));
      Ref message = new_str(interpreter, "");
      const Value arguments[] = {message.get(), members.get()};
      match = call(interpreter, Value::object(interpreter.BaseExceptionGroup_type), arguments, 2);
      if (!match) return false;
      copy_traceback(*as_exception(exception), *as_exception(match.get()));
    }
    return true;
  }
  if (!group) {
    rest = Ref::borrow(exception);
    return true;
  }
  Ref pair = call_method(interpreter, exception, interpreter.intern("split"), &types, 1);
  if (!pair) return false;
  if (type_of(interpreter, pair.get()) != interpreter.tuple_type || as_tuple(pair.get())->size != 2) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "X.split(t) must return a tuple, not " + std::string(type_name(interpreter, pair.get())));
    return false;
  }
  const Value parts[] = {as_tuple(pair.get())->items()[0], as_tuple(pair.get())->items()[1]};
  if (parts[0] != interpreter.none()) match = Ref::borrow(parts[0]);
  if (parts[1] != interpreter.none()) rest = Ref::borrow(parts[1]);
  return true;
}

Ref prepare_reraise_star(Interpreter& interpreter, Value original, Value raised_list) {
  const auto& raised = as_list(raised_list)->items;
  std::vector<Value> fresh, reraised;
  for (Value exception : raised) {
    if (exception.is_null() || exception == interpreter.none()) continue;
    const bool is_part = is_subtype(type_of(interpreter, original), interpreter.BaseExceptionGroup_type) &&
                         same_metadata(as_exception(exception), as_exception(original));
    (is_part ? reraised : fresh).push_back(exception);
  }
  if (fresh.empty() && reraised.empty()) return interpreter.new_none();
  if (!is_subtype(type_of(interpreter, original), interpreter.BaseExceptionGroup_type))
    return Ref::borrow(fresh.empty() ? reraised.front() : fresh.front());
  std::vector<Value> leaves;
  for (Value exception : reraised) collect_leaves(interpreter, exception, leaves);
  Ref kept;
  if (!project(interpreter, original, leaves, kept)) return Ref();
  if (fresh.empty()) return none_or(interpreter, std::move(kept));
  if (kept) fresh.push_back(kept.get());
  if (fresh.size() == 1) return Ref::borrow(fresh.front());
  Ref list = new_list(interpreter, fresh);
  Ref message = new_str(interpreter, "");
  const Value arguments[] = {message.get(), list.get()};
  return call(interpreter, Value::object(interpreter.BaseExceptionGroup_type), arguments, 2);
}

void init_exception_group_types(Interpreter& interpreter) {
  Type* type = interpreter.BaseExceptionGroup_type;
  type->construct = &group_new;
  type->initialize = &group_init;
  type->str = &group_str;
  add_getsets(interpreter, type, {{"message", &get_message}, {"exceptions", &get_exceptions}});
  add_methods(interpreter, type, {{"derive", &group_derive}, {"split", &group_split}, {"subgroup", &group_subgroup}});
  // ExceptionGroup(BaseExceptionGroup, Exception): `except Exception` catches it.
  Type* group = interpreter.ExceptionGroup_type;
  group->mro = {group, type, interpreter.Exception_type, interpreter.BaseException_type, interpreter.object_type};
  // CPython makes it as a class would be made: __module__ and __weakref__
  // in its namespace, and weak references allowed.
  group->weakrefable = true;
  add_instance_getsets(interpreter, group, false, true);
  Ref module = new_str(interpreter, "builtins");
  dict_set_str(interpreter, group->dict.get(), interpreter.names.dunder_module, module.get());
}

}  // namespace krait::runtime
