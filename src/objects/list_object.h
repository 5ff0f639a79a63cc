// Objects: list, a growable array of values.
#pragma once

#include <span>
#include <vector>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct ListObject : Object {
  std::vector<Value> items;  // owned
};

inline ListObject* as_list(Value value) { return static_cast<ListObject*>(value.as_object()); }
bool is_list(const Interpreter& interpreter, Value value);

// A list of new references to `items`.
Ref new_list(Interpreter& interpreter, std::span<const Value> items);
// Appends a new reference to `item`.
void list_append(Value list, Value item);
// list.extend(iterable): false with the exception pending.
[[nodiscard]] bool list_extend(Interpreter& interpreter, Value list, Value iterable);

void init_list_type(Interpreter& interpreter);

}  // namespace krait::runtime
