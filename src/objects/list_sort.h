// Objects: the sort behind list.sort() and sorted(): a stable natural merge
// sort after CPython's timsort (runs found in the input, short runs extended
// by binary insertion, merged under timsort's stack invariants), so it is
// O(n log n) and O(n) on input already in order or in reverse order.
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// list.sort(key=key, reverse=reverse) with CPython's semantics: `key` (null
// or None for none) is called once per item, before any comparison; items
// are compared with `<` only; equal items keep their order (reverse too).
// While it runs the list looks empty, and a list changed meanwhile gives
// ValueError "list modified during sort" (the changes are dropped). On a
// failed comparison the list holds all its items in some order. False with
// the exception pending.
[[nodiscard]] bool list_sort(Interpreter& interpreter, Value list, Value key, bool reverse);

// list.sort(*, key=None, reverse=False) as a native method, with CPython's
// argument checks (reverse is taken as a C int): for the list type's
// methods, and for sorted().
Ref list_sort_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

}  // namespace krait::runtime
