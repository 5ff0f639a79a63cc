// Runtime: see intern_table.h.
#include "runtime/intern_table.h"

#include <cstring>

#include "objects/str_object.h"

namespace krait::runtime {

std::uint64_t InternTable::hash(std::string_view text) {
  const char* data = text.data();
  const std::size_t size = text.size();
  const auto word = [](const char* at) {
    std::uint64_t value;
    std::memcpy(&value, at, 8);
    return value;
  };
  const auto half = [](const char* at) {
    std::uint32_t value;
    std::memcpy(&value, at, 4);
    return static_cast<std::uint64_t>(value);
  };
  std::uint64_t state = 0x9E3779B97F4A7C15ULL ^ size;
  // The last (or only) bytes as one word, read whole (overlapping what came
  // before): no byte loop, no memcpy of a variable size.
  std::uint64_t last;
  if (size >= 8) {
    for (std::size_t at = 0; at + 8 < size; at += 8) {
      state = (state ^ word(data + at)) * 0xBF58476D1CE4E5B9ULL;
      state ^= state >> 29;
    }
    last = word(data + size - 8);
  } else if (size >= 4) {
    last = half(data) | half(data + size - 4) << 32;
  } else {
    const auto byte = [&](std::size_t at) { return static_cast<std::uint64_t>(static_cast<unsigned char>(data[at])); };
    last = size == 0 ? 0 : byte(0) | byte(size / 2) << 8 | byte(size - 1) << 16;
  }
  // splitmix64's finalizer: every input bit reaches the low bits, which
  // pick the slot.
  state ^= last;
  state ^= state >> 30;
  state *= 0xBF58476D1CE4E5B9ULL;
  state ^= state >> 27;
  state *= 0x94D049BB133111EBULL;
  return state ^ (state >> 31);
}

namespace {

// Whether the str spells `text` (an ASCII str's code points are its UTF-8).
bool same_text(Value str, std::string_view text) {
  const StrObject* object = as_str(str);
  if (!object->ascii) return str_utf8(str) == text;
  return static_cast<std::size_t>(object->length) == text.size() &&
         std::memcmp(object->data(), text.data(), text.size()) == 0;
}

}  // namespace

Value InternTable::find(std::string_view text, std::uint64_t text_hash) const {
  if (slots_.empty()) return Value();
  for (std::size_t index = text_hash & mask();; index = (index + 1) & mask()) {
    const Slot& slot = slots_[index];
    if (slot.value.is_null()) return Value();
    if (slot.hash == text_hash && same_text(slot.value, text)) return slot.value;
  }
}

void InternTable::insert(Value value, std::uint64_t text_hash) {
  if (2 * (count_ + 1) > slots_.size()) grow();
  place(value, text_hash);
  ++count_;
}

std::vector<Value> InternTable::take_all() {
  std::vector<Value> values;
  values.reserve(count_);
  for (const Slot& slot : slots_)
    if (!slot.value.is_null()) values.push_back(slot.value);
  slots_.clear();
  count_ = 0;
  return values;
}

void InternTable::place(Value value, std::uint64_t text_hash) {
  std::size_t index = text_hash & mask();
  while (!slots_[index].value.is_null()) index = (index + 1) & mask();
  slots_[index] = {text_hash, value};
}

void InternTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot());
  for (const Slot& slot : old)
    if (!slot.value.is_null()) place(slot.value, slot.hash);
}

}  // namespace krait::runtime
