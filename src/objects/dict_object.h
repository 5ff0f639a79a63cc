// Objects: dict, insertion ordered (CPython's compact layout: an entries
// array in insertion order plus a hash index into it). Namespaces (modules,
// classes, builtins) are dicts too; their str-keyed fast paths compare
// interned names by identity before equality.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// A dict's hash index: for each slot, the position of the entry hashed
// there, or -1 (empty) or -2 (deleted), in 1, 2 or 4 bytes a slot as the
// table's size needs (CPython's dk_indices): most dicts are small, and
// their index then costs a byte a slot.
class DictIndex {
 public:
  std::size_t size() const { return bytes_.size() / width(); }
  bool empty() const { return bytes_.empty(); }
  std::size_t capacity_bytes() const { return bytes_.capacity(); }
  std::int32_t operator[](std::size_t slot) const {
    switch (width()) {
      case 1: return static_cast<std::int8_t>(bytes_[slot]);
      case 2: return reinterpret_cast<const std::int16_t*>(bytes_.data())[slot];
      default: return reinterpret_cast<const std::int32_t*>(bytes_.data())[slot];
    }
  }
  void set(std::size_t slot, std::int32_t position) {
    switch (width()) {
      case 1: bytes_[slot] = static_cast<std::uint8_t>(position); break;
      case 2: reinterpret_cast<std::int16_t*>(bytes_.data())[slot] = static_cast<std::int16_t>(position); break;
      default: reinterpret_cast<std::int32_t*>(bytes_.data())[slot] = position; break;
    }
  }
  // `size` slots, all empty.
  void reset(std::size_t size) { bytes_.assign(size * width_for(size), 0xFF); }  // -1 at every width
  void clear() { bytes_.clear(); }

 private:
  static std::size_t width_for(std::size_t size) { return size <= 128 ? 1 : size <= 32768 ? 2 : 4; }
  // The width follows from the byte count alone (sizes are powers of two:
  // at most 128 bytes of width 1, 512 to 65536 of width 2, more of width 4),
  // which keeps the index one vector.
  std::size_t width() const {
    const std::size_t bytes = bytes_.size();
    return bytes <= 128 ? 1 : bytes <= 65536 ? 2 : 4;
  }
  std::vector<std::uint8_t> bytes_;  // 4-byte aligned: from operator new
};

struct DictObject : Object {
  struct Entry {
    std::int64_t hash = 0;
    Value key;    // owned; null for a deleted entry
    Value value;  // owned
  };
  // Insertion order; deleted entries stay (key null) until the next resize.
  // An entry keeps its position while its key stays in the dict, so inline
  // caches may remember positions (see keys_version).
  std::vector<Entry> entries;
  std::size_t used = 0;  // live entries
  // A value from the interpreter's counter, renewed whenever a key is added
  // or removed (not when a value is replaced): while it is unchanged, every
  // key keeps its entry position and no new key has appeared.
  std::uint64_t keys_version = 0;
  // The hash index: dict_object.cpp's business. `index_used` counts its
  // slots that are not empty (live entries and deleted ones).
  DictIndex index;
  std::size_t index_used = 0;
};

inline DictObject* as_dict(Value value) { return static_cast<DictObject*>(value.as_object()); }
// dict or a subclass (CPython's PyDict_Check).
bool is_dict(const Interpreter& interpreter, Value value);

Ref new_dict(Interpreter& interpreter);
// A new dict (of type dict) with the same items (CPython's PyDict_Copy).
Ref dict_copy(Interpreter& interpreter, Value dict);
// dict.update(other) for one positional argument: a dict or any object with
// keys() is merged as a mapping, anything else read as (key, value) pairs.
[[nodiscard]] bool dict_update(Interpreter& interpreter, Value dict, Value other);

// Lookup by any key: 1 with `out` set (borrowed), 0 when missing, -1 with an
// exception pending (unhashable key, or __eq__/__hash__ raised).
int dict_lookup(Interpreter& interpreter, Value dict, Value key, Value& out);
// dict[key] = value (a new reference is taken). False with an exception pending.
[[nodiscard]] bool dict_set_item(Interpreter& interpreter, Value dict, Value key, Value value);
// del dict[key]: 1 removed, 0 missing (no exception set), -1 error.
int dict_delete_item(Interpreter& interpreter, Value dict, Value key);

// Fast paths for str keys (hash and equality of strs cannot fail).
// The value stored under a str key (borrowed), or null.
Value dict_get_str(Value dict, Value key);
// The entry position of a str key, or -1.
std::int64_t dict_find_str(Value dict, Value key);
void dict_set_str(Interpreter& interpreter, Value dict, Value key, Value value);

// Walks the live entries: start with position 0; false once past the end.
bool dict_next(Value dict, std::size_t& position, Value& key, Value& value);

// Removes every entry. A module's functions refer back to its globals, so
// the module's dict is cleared at shutdown to break those cycles, as
// CPython's finalisation does.
void dict_clear(Interpreter& interpreter, Value dict);

void init_dict_type(Interpreter& interpreter);

}  // namespace krait::runtime
