// Objects: dict, for now the namespace of a module and of the builtins:
// str keys only (a name lookup compares interned strs by identity first).
// General keys arrive with dict displays and the hash of every type.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct DictObject : Object {
  struct Entry {
    std::int64_t hash = 0;
    Value key;    // owned; null for an empty slot
    Value value;  // owned
  };
  std::vector<Entry> entries;  // open addressing, power-of-two size
  std::size_t count = 0;
};

Ref new_dict(Interpreter& interpreter);
// The value stored under a str key (borrowed), or null.
Value dict_get_str(Value dict, Value key);
// Stores a new reference to `value` under a str key.
void dict_set_str(Value dict, Value key, Value value);
// Removes every entry. A module's functions refer back to its globals, so
// the module's dict is cleared at shutdown to break those cycles, as
// CPython's finalisation does, until the cycle collector exists.
void dict_clear(Value dict);

void init_dict_type(Interpreter& interpreter);

}  // namespace krait::runtime
