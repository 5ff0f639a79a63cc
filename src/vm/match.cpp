// VM stage: structural pattern matching (see match.h), after CPython 3.11's
// Python/ceval.c (match_keys, match_class, match_class_attr).
#include "vm/match.h"

#include <limits>
#include <span>
#include <string>

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::vm {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

std::span<const Value> tuple_items(Value tuple) {
  const runtime::TupleObject* object = runtime::as_tuple(tuple);
  return {object->items(), static_cast<std::size_t>(object->size)};
}

// len(value) as a number: false with the exception pending. (A length that
// is not a small int cannot be one of a pattern's, so it counts as huge.)
bool length_of(Interpreter& interpreter, Value value, std::int64_t& out) {
  Ref length = runtime::length(interpreter, value);
  if (!length) return false;
  out = length.get().is_small_int() ? length.get().as_small_int() : std::numeric_limits<std::int64_t>::max();
  return true;
}

// CPython's _Py_TPFLAGS_MATCH_SELF: the builtin types whose class pattern
// takes the subject itself as its one positional sub-pattern, inherited by
// their subclasses.
bool matches_self(const Type* type) { return type->pattern_flags & runtime::type_flag::match_self; }

// One attribute a class pattern asks for: 1 with `out` set, 0 when the
// subject has none, -1 with an exception pending (among them the TypeError
// for a name asked twice, CPython's match_class_attr).
int class_attribute(Interpreter& interpreter, const Type* cls, Value subject, Value name, Value seen, Ref& out) {
  const int repeated = runtime::set_contains(interpreter, seen, name);
  if (repeated < 0 || (repeated == 0 && !runtime::set_add(interpreter, seen, name))) return -1;
  if (repeated) {
    Ref text = runtime::repr(interpreter, name);
    if (!text) return -1;
    interpreter.set_exception(interpreter.TypeError_type, cls->name + "() got multiple sub-patterns for attribute " +
                                                              std::string(runtime::str_utf8(text.get())));
    return -1;
  }
  return runtime::lookup_attribute(interpreter, subject, name, out);
}

}  // namespace

int match_sequence(Interpreter& interpreter, Value subject, std::int64_t length, bool at_least) {
  const Type* type = runtime::type_of(interpreter, subject);
  if (!(type->pattern_flags & runtime::type_flag::sequence)) return 0;
  if (at_least && length == 0) return 1;  // [*rest]: len() is not asked
  std::int64_t actual = 0;
  if (type == interpreter.list_type) {
    actual = static_cast<std::int64_t>(runtime::as_list(subject)->items.size());
  } else if (type == interpreter.tuple_type) {
    actual = runtime::as_tuple(subject)->size;
  } else if (!length_of(interpreter, subject, actual)) {
    return -1;
  }
  return at_least ? actual >= length : actual == length;
}

int match_mapping(Interpreter& interpreter, Value subject, std::int64_t length) {
  const Type* type = runtime::type_of(interpreter, subject);
  if (!(type->pattern_flags & runtime::type_flag::mapping)) return 0;
  if (length == 0) return 1;
  std::int64_t actual = 0;
  if (type == interpreter.dict_type) {
    actual = static_cast<std::int64_t>(runtime::as_dict(subject)->used);
  } else if (!length_of(interpreter, subject, actual)) {
    return -1;
  }
  return actual >= length;
}

int match_keys(Interpreter& interpreter, Value subject, Value keys, std::vector<Ref>& values) {
  values.clear();
  Ref seen = runtime::new_set(interpreter);
  // get(key, marker) rather than [key]: no KeyError to handle, and no
  // __missing__ (defaultdict would add the key). A dict's own get is read
  // directly.
  const bool exact = runtime::type_of(interpreter, subject) == interpreter.dict_type;
  Ref get, marker;
  if (!exact) {
    get = runtime::get_attribute(interpreter, subject, interpreter.intern("get"));
    if (!get) return -1;
    marker = runtime::call(interpreter, Value::object(interpreter.object_type), nullptr, 0);
    if (!marker) return -1;
  }
  for (Value key : tuple_items(keys)) {
    const int repeated = runtime::set_contains(interpreter, seen.get(), key);
    if (repeated < 0 || (repeated == 0 && !runtime::set_add(interpreter, seen.get(), key))) return -1;
    if (repeated) {
      Ref text = runtime::repr(interpreter, key);
      if (!text) return -1;
      interpreter.set_exception(interpreter.ValueError_type,
                                "mapping pattern checks duplicate key (" + std::string(runtime::str_utf8(text.get())) + ")");
      return -1;
    }
    if (exact) {
      Value value;
      const int found = runtime::dict_lookup(interpreter, subject, key, value);
      if (found <= 0) return found;
      values.push_back(Ref::borrow(value));
      continue;
    }
    const Value arguments[] = {key, marker.get()};
    Ref value = runtime::call(interpreter, get.get(), arguments, 2);
    if (!value) return -1;
    if (value.get() == marker.get()) return 0;
    values.push_back(std::move(value));
  }
  return 1;
}

Ref copy_dict_without(Interpreter& interpreter, Value subject, Value keys) {
  Ref rest = runtime::new_dict(interpreter);
  if (!runtime::dict_update(interpreter, rest.get(), subject)) return Ref();
  for (Value key : tuple_items(keys))
    if (!runtime::set_item(interpreter, rest.get(), key, Value())) return Ref();
  return rest;
}

int match_class(Interpreter& interpreter, Value cls, Value subject, int positional, Value names,
                std::vector<Ref>& attributes) {
  attributes.clear();
  if (!runtime::is_subtype(runtime::type_of(interpreter, cls), interpreter.type_type)) {
    interpreter.set_exception(interpreter.TypeError_type, "called match pattern must be a type");
    return -1;
  }
  const int instance = runtime::is_instance(interpreter, subject, cls);
  if (instance <= 0) return instance;
  const auto* type = static_cast<const Type*>(cls.as_object());
  Ref seen = runtime::new_set(interpreter);
  if (positional > 0) {
    // __match_args__ names the attributes; without it, the builtin types
    // that match themselves take the subject (CPython only acknowledges
    // _Py_TPFLAGS_MATCH_SELF when the class has no __match_args__).
    Ref match_args;
    const int found = runtime::lookup_attribute(interpreter, cls, interpreter.intern("__match_args__"), match_args);
    if (found < 0) return -1;
    const bool match_self = !found && matches_self(type);
    if (found && runtime::type_of(interpreter, match_args.get()) != interpreter.tuple_type) {
      interpreter.set_exception(interpreter.TypeError_type, type->name + ".__match_args__ must be a tuple (got " +
                                                                std::string(runtime::type_name(interpreter, match_args.get())) + ")");
      return -1;
    }
    const std::int64_t allowed = match_self ? 1 : found ? runtime::as_tuple(match_args.get())->size : 0;
    if (allowed < positional) {
      interpreter.set_exception(interpreter.TypeError_type,
                                type->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                                    (allowed == 1 ? "" : "s") + " (" + std::to_string(positional) + " given)");
      return -1;
    }
    if (match_self) {
      attributes.push_back(Ref::borrow(subject));
    } else {
      for (int i = 0; i < positional; ++i) {
        const Value name = runtime::as_tuple(match_args.get())->items()[i];
        if (runtime::type_of(interpreter, name) != interpreter.str_type) {
          interpreter.set_exception(interpreter.TypeError_type, "__match_args__ elements must be strings (got " +
                                                                    std::string(runtime::type_name(interpreter, name)) + ")");
          return -1;
        }
        Ref attribute;
        const int has = class_attribute(interpreter, type, subject, name, seen.get(), attribute);
        if (has <= 0) return has;
        attributes.push_back(std::move(attribute));
      }
    }
  }
  for (Value name : tuple_items(names)) {
    Ref attribute;
    const int has = class_attribute(interpreter, type, subject, name, seen.get(), attribute);
    if (has <= 0) return has;
    attributes.push_back(std::move(attribute));
  }
  return 1;
}

}  // namespace krait::vm
