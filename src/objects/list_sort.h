// Objects: list.sort's algorithm: a stable sort by `<` of the items (or of
// key(item)), shared by list.sort and sorted().
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// Sorts the list in place, stably, by the `<` of its items or, when `key`
// is not null (or None), of key(item); `reverse` sorts in descending order
// while keeping equal items in their original order. False with the
// exception pending when a key or a comparison raised (the list then holds
// all its items in some order), or ValueError "list modified during sort".
[[nodiscard]] bool list_sort(Interpreter& interpreter, Value list, Value key, bool reverse);

}  // namespace krait::runtime
