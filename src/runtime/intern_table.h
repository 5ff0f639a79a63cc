// Runtime: the table of an interpreter's interned strs (Interpreter::intern),
// open addressing over a hash of the UTF-8 text. Loading a cached module
// looks up every name it reads here, so a lookup is a hash of a few words
// and, usually, one compare.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/value.h"

namespace krait::runtime {

class InternTable {
 public:
  // A fast hash of the text (not Python's hash: names are not chosen by an
  // attacker, and this one needs no key).
  static std::uint64_t hash(std::string_view text);

  // The str with this text (and hash), or null.
  Value find(std::string_view text, std::uint64_t text_hash) const;

  // Adds a str known to be absent (the table holds the caller's reference).
  void insert(Value value, std::uint64_t text_hash);

  // Every str held, for the owner to release; the table is left empty.
  std::vector<Value> take_all();

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Value value;  // null: empty
  };

  std::size_t mask() const { return slots_.size() - 1; }
  void place(Value value, std::uint64_t text_hash);
  void grow();

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t count_ = 0;
};

}  // namespace krait::runtime
