// Runtime: a running Python frame, as the interpreter's frame stack holds it.
// The VM owns the layout's meaning (vm/vm.cpp); the runtime only needs to
// know where the register stack's free part begins.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class ItemSink;

struct Frame {
  Object* code = nullptr;       // a compiler::CodeObject
  Object* function = nullptr;   // the running FunctionObject, or null for module and class bodies
  Value globals;                // a dict (borrowed: the function or the caller holds it)
  // The namespace of a class body or module (a mapping, borrowed); in a
  // function's frame null, or the frame object made for it (owned by the
  // frame: locals(), sys._getframe(), a traceback; objects/frame_object.h),
  // detached when the frame ends.
  Value locals;
  Value* registers = nullptr;   // the window
  Value* top = nullptr;         // one past the window: where a callee's window may begin
  const std::uint32_t* pc = nullptr;  // the next instruction, saved while a callee runs
  Value* result = nullptr;      // the caller's register that receives the return value
  // The frame where a native caller entered the VM: its return leaves the
  // dispatch loop that runs it.
  bool entry = false;
  // The GeneratorObject whose frame this is, or null.
  Object* generator = nullptr;
  // In a generator's frame drained by a native consumer: where its yields
  // go without suspending (ItemSink::take_quietly), or null.
  ItemSink* sink = nullptr;
  // In the frame of an __init__ that a call of its class runs in place: the
  // new instance (owned), which the call gives once __init__ returns None.
  Object* constructed = nullptr;
};

}  // namespace krait::runtime
