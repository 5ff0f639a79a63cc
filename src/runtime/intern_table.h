// Runtime: the table of an interpreter's interned strs (Interpreter::intern),
// open addressing over a hash of the UTF-8 text. Loading a cached module
// looks up every name it reads here, so a lookup is a hash of a few words
// and, usually, one compare.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "runtime/value.h"

namespace krait::runtime {

class InternTable {
 public:
  // A fast hash of the text (not Python's hash: names are not chosen by an
  // attacker, and this one needs no key).
  static std::uint64_t hash(std::string_view text) {
    const char* data = text.data();
    std::size_t size = text.size();
    std::uint64_t state = 0x9E3779B97F4A7C15ULL ^ size;
    for (; size >= 8; data += 8, size -= 8) {
      std::uint64_t word;
      std::memcpy(&word, data, 8);
      state = (state ^ word) * 0xBF58476D1CE4E5B9ULL;
      state ^= state >> 29;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, data, size);
    state = (state ^ tail) * 0x94D049BB133111EBULL;
    return state ^ (state >> 32);
  }

  // The str with this text, or null. `text_of` gives a stored str's UTF-8.
  template <class TextOf>
  Value find(std::string_view text, std::uint64_t text_hash, TextOf text_of) const {
    if (slots_.empty()) return Value();
    for (std::size_t index = text_hash & mask();; index = (index + 1) & mask()) {
      const Slot& slot = slots_[index];
      if (slot.value.is_null()) return Value();
      if (slot.hash == text_hash && text_of(slot.value) == text) return slot.value;
    }
  }

  // Adds a str known to be absent (the table holds the caller's reference).
  void insert(Value value, std::uint64_t text_hash) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    place(value, text_hash);
    ++count_;
  }

  // Every str held, for the owner to release; the table is left empty.
  std::vector<Value> take_all() {
    std::vector<Value> values;
    values.reserve(count_);
    for (const Slot& slot : slots_)
      if (!slot.value.is_null()) values.push_back(slot.value);
    slots_.clear();
    count_ = 0;
    return values;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Value value;  // null: empty
  };

  std::size_t mask() const { return slots_.size() - 1; }

  void place(Value value, std::uint64_t text_hash) {
    std::size_t index = text_hash & mask();
    while (!slots_[index].value.is_null()) index = (index + 1) & mask();
    slots_[index] = {text_hash, value};
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot());
    for (const Slot& slot : old)
      if (!slot.value.is_null()) place(slot.value, slot.hash);
  }

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t count_ = 0;
};

}  // namespace krait::runtime
