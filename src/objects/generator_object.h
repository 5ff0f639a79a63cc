// Objects: generators and coroutines. A suspended generator owns its frame's
// live registers (stored after the object); resuming moves them back onto
// the register stack, so a running generator frame is an ordinary frame
// (vm/generator.cpp runs them).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

struct GeneratorObject : Object {
  enum class State : std::uint8_t { Created, Suspended, Running, Finished };
  Ref function;                 // the generator function: code, globals, closure
  Ref name;                     // __name__
  Ref qualname;                 // __qualname__
  // While not running: the frame object made for its frame (gi_frame, a
  // sys._getframe() that outlived a yield), kept so that it is the same
  // object on every read; the frame takes it back when it resumes (null: none).
  Ref frame;
  std::uint32_t register_count = 0;  // the frame's window, stored after the object
  std::uint32_t live = 0;            // registers [0, live) saved (owned); the others are null
  std::uint32_t resume = 0;     // the instruction to resume at
  int sent_register = -1;       // where a sent value arrives on resume (-1: none)
  int delegate_register = -1;   // while in `yield from`/`await`: the sub-iterator's register
  // The exception being handled inside the generator while it is suspended
  // (owned), and, while it runs, the one its resumer was handling (owned).
  Value handled;
  Value resumer_handled;
  State state = State::Created;
  bool awaited = false;         // a coroutine that was ever started or awaited

  Value* registers() { return reinterpret_cast<Value*>(this + 1); }
  const Value* registers() const { return reinterpret_cast<const Value*>(this + 1); }
};
static_assert(sizeof(GeneratorObject) % alignof(Value) == 0);

inline GeneratorObject* as_generator(Value value) { return static_cast<GeneratorObject*>(value.as_object()); }

// A coroutine's __await__() iterator.
struct CoroutineWrapper : Object {
  Ref coroutine;
};

// What an async generator's asend(), __anext__(), athrow() and aclose()
// return: an awaitable that drives the generator one step (PEP 525).
struct AsyncGeneratorStep : Object {
  enum class Kind : std::uint8_t { Send, Throw, Close };
  enum class State : std::uint8_t { Initial, Running, Done };
  Ref generator;
  Ref value;       // Send: the value to send first; Throw: the exception to raise
  Kind kind = Kind::Send;
  State state = State::Initial;
};

}  // namespace krait::runtime
