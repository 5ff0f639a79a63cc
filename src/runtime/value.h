// Runtime: the representation of a Python value. Every stage after the
// compiler passes values as this one 64-bit word, so its layout decides the
// cost of every operation; see docs/architecture.md ("Runtime design").
#pragma once

#include <cstdint>

namespace krait::runtime {

struct Object;

// A tagged word:
//   ...1  a small int held inline: the value is the word shifted right by one
//         (63-bit two's complement), so ordinary int arithmetic never allocates;
//   ...0  a pointer to a heap Object (8-byte aligned).
// The all-zero word is the null value: not a Python value but a marker, for
// "an exception was raised" in results and "unbound" in local variables.
//
// Value is a plain word with no ownership: it neither increments nor
// decrements reference counts. Owned values travel as Ref (object.h).
class Value {
 public:
  static constexpr std::int64_t small_int_min = -(std::int64_t{1} << 62);
  static constexpr std::int64_t small_int_max = (std::int64_t{1} << 62) - 1;

  constexpr Value() = default;
  static constexpr Value null() { return Value(); }
  static constexpr Value from_bits(std::uint64_t bits) { return Value(bits); }
  // Precondition: small_int_min <= value <= small_int_max.
  static constexpr Value small_int(std::int64_t value) {
    return Value((static_cast<std::uint64_t>(value) << 1) | 1);
  }
  static constexpr bool fits_small_int(std::int64_t value) {
    return value >= small_int_min && value <= small_int_max;
  }
  static Value object(Object* object) { return Value(reinterpret_cast<std::uintptr_t>(object)); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return (bits_ & 1) != 0; }
  constexpr bool is_object() const { return bits_ != 0 && (bits_ & 1) == 0; }
  constexpr std::int64_t as_small_int() const { return static_cast<std::int64_t>(bits_) >> 1; }
  Object* as_object() const { return reinterpret_cast<Object*>(static_cast<std::uintptr_t>(bits_)); }
  constexpr std::uint64_t bits() const { return bits_; }

  // Identity (Python's `is`): small ints are equal by value, objects by address.
  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }

 private:
  constexpr explicit Value(std::uint64_t bits) : bits_(bits) {}
  std::uint64_t bits_ = 0;
};

static_assert(sizeof(Value) == 8);

}  // namespace krait::runtime
