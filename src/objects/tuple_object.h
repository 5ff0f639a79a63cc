// Objects: tuple, an immutable array of values held inline after the header.
#pragma once

#include <cstdint>
#include <span>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct TupleObject : Object {
  std::int64_t size = 0;
  // The items (owned) follow the header.
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
};

inline TupleObject* as_tuple(Value value) { return static_cast<TupleObject*>(value.as_object()); }
// Exactly a tuple (CPython's PyTuple_CheckExact).
bool is_tuple(const Interpreter& interpreter, Value value);
// A tuple or an instance of a subclass (PyTuple_Check): the same layout.
bool is_tuple_instance(const Interpreter& interpreter, Value value);

// A tuple of new references to `items`.
Ref new_tuple(Interpreter& interpreter, std::span<const Value> items);
// tuple(iterable).
Ref tuple_from_iterable(Interpreter& interpreter, Value iterable);

void init_tuple_type(Interpreter& interpreter);

}  // namespace krait::runtime
