// Objects: set and frozenset, with CPython 3.11's table (Objects/setobject.c):
// open addressing over (key, hash) entries, probed linearly for up to 9
// neighbours and then by perturbation, grown and shrunk by the same rules,
// so that for the same operations a set iterates in CPython's order.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

struct SetObject : Object {
  struct Entry {
    Value key;              // owned; null when unused or deleted
    std::int64_t hash = 0;  // -1 in a deleted entry (CPython's dummy), 0 in an unused one
  };
  static constexpr std::size_t minimum_size = 8;  // PySet_MINSIZE

  SetObject() = default;
  SetObject(const SetObject&) = delete;
  SetObject& operator=(const SetObject&) = delete;

  Entry* table = small;    // mask + 1 entries: `small`, or an array of its own
  std::size_t mask = minimum_size - 1;
  std::size_t fill = 0;    // active and deleted entries
  std::size_t used = 0;    // active entries
  std::size_t finger = 0;  // where pop() resumes its search
  std::int64_t hash = -1;  // a frozenset's hash once computed
  Entry small[minimum_size];
};

inline SetObject* as_set(Value value) { return static_cast<SetObject*>(value.as_object()); }

// set, frozenset or a subclass of either (CPython's PyAnySet_Check).
bool is_any_set(const Interpreter& interpreter, Value value);

// A new empty set; a new frozenset of an iterable's items (null: empty).
Ref new_set(Interpreter& interpreter);
Ref new_frozenset(Interpreter& interpreter, Value iterable);

// set.add(item): false with the exception pending (unhashable item, or its
// __eq__ raised). Also fills frozensets under construction.
[[nodiscard]] bool set_add(Interpreter& interpreter, Value set, Value item);
// `item in set`: 1, 0, or -1 with an exception pending.
int set_contains(Interpreter& interpreter, Value set, Value item);
// set.discard(item): 1 removed, 0 missing, -1 error.
int set_discard(Interpreter& interpreter, Value set, Value item);
// set.update(iterable): false with the exception pending.
[[nodiscard]] bool set_update(Interpreter& interpreter, Value set, Value iterable);

// set.intersection(other), set.difference_update(other) and
// set.symmetric_difference_update(other) for one argument (dict views are
// built on them).
Ref set_intersection(Interpreter& interpreter, Value set, Value other);
[[nodiscard]] bool set_difference_update(Interpreter& interpreter, Value set, Value other);
[[nodiscard]] bool set_symmetric_difference_update(Interpreter& interpreter, Value set, Value other);

// Walks the items in table order: start with position 0; false once past
// the end. The set must not change during the walk.
bool set_next(Value set, std::size_t& position, Value& item);

void init_set_types(Interpreter& interpreter);
// Frees the recycled set tables (at interpreter shutdown).
void release_set_tables(Interpreter& interpreter);

}  // namespace krait::runtime
