// Runtime: the header every heap object starts with, reference counting, and
// Ref, the owning handle through which fallible runtime functions return
// values (null Ref = an exception was raised).
#pragma once

#include <cstdint>
#include <utility>

#include "runtime/value.h"

namespace krait::runtime {

struct Type;

// Every heap object begins with this header. Objects of container types
// that can form reference cycles also carry a collector link placed before
// the header (the cycle collector's business, not their users').
struct Object {
  std::int64_t refcount = 1;
  Type* type = nullptr;
};

// Frees an object whose count reached zero (through its type's deallocator).
void destroy(Object* object);

// Forced inline: in the interpreter loop, GCC otherwise leaves them as calls
// once the function is large (a call per store cost ~5% of time).
#if defined(__GNUC__)
#define KRAIT_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define KRAIT_ALWAYS_INLINE inline
#endif

KRAIT_ALWAYS_INLINE void incref(Value value) {
  if (value.is_object()) ++value.as_object()->refcount;
}
KRAIT_ALWAYS_INLINE void decref(Value value) {
  if (value.is_object() && --value.as_object()->refcount == 0) destroy(value.as_object());
}

// An owned reference. Fallible runtime functions return Ref: a null Ref means
// a Python exception was raised and is pending in the interpreter (one
// compare to test, nothing thrown). [[nodiscard]] makes ignoring one a
// compile-time warning, since that would leak a reference or an exception.
class [[nodiscard]] Ref {
 public:
  Ref() = default;
  // Takes over a reference the caller already owns.
  static Ref steal(Value value) { return Ref(value); }
  // Adds a reference to a borrowed value.
  static Ref borrow(Value value) {
    incref(value);
    return Ref(value);
  }
  static Ref small_int(std::int64_t value) { return Ref(Value::small_int(value)); }

  Ref(Ref&& other) noexcept : value_(std::exchange(other.value_, Value())) {}
  Ref& operator=(Ref&& other) noexcept {
    Value old = std::exchange(value_, std::exchange(other.value_, Value()));
    decref(old);
    return *this;
  }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { decref(value_); }

  explicit operator bool() const { return !value_.is_null(); }
  Value get() const { return value_; }
  // Gives up ownership: the caller now owns the reference.
  Value release() { return std::exchange(value_, Value()); }

 private:
  explicit Ref(Value value) : value_(value) {}
  Value value_;
};

}  // namespace krait::runtime
