// VM stage, internal: entering Python functions. Shared by the dispatch loop
// (vm.cpp) and the entry points that native code calls (call.cpp).
#pragma once

#include <cstddef>

#include "compiler/code_object.h"
#include "objects/frame_object.h"
#include "objects/function_object.h"
#include "runtime/interpreter.h"

namespace krait::vm {

// Arranges a call's arguments into the parameters of `function`, in place in
// `window` (the callee's registers): on entry window[0, count) holds the
// positional arguments and the values of the keywords `kwnames` follow
// (all owned). Fills every parameter (defaults, *args, **kwargs) and clears
// the other variables. False with CPython's TypeError pending; the window
// may then hold owned values, which the caller releases.
[[nodiscard]] bool bind_arguments(runtime::Interpreter& interpreter, runtime::FunctionObject* function,
                                  compiler::CodeObject* code, runtime::Value* window, std::size_t count,
                                  runtime::Value kwnames);

// Pushes the frame of a call whose arguments are bound in `window`. False
// (RecursionError pending) when the recursion limit or the register stack
// would be exceeded.
void raise_recursion_error(runtime::Interpreter& interpreter);

// Pushes a frame running `code` in `window` (inline: every Python call
// passes here). The frame is built in place: a copy through the stack would
// cost store-forwarding stalls.
[[nodiscard]] inline bool push_frame(runtime::Interpreter& interpreter, runtime::FunctionObject* function,
                                     compiler::CodeObject* code, runtime::Value globals, runtime::Value locals,
                                     runtime::Value* window, runtime::Value* result, bool entry) {
  if (code->lazy_body && !compiler::load_code_body(*code)) [[unlikely]]
    return false;
  if (interpreter.frame_depth >= interpreter.recursion_limit ||
      window + code->register_count > interpreter.register_base() + interpreter.register_capacity()) {
    raise_recursion_error(interpreter);
    return false;
  }
  if (function) ++function->refcount;
  // Every field given (aggregate initialisation in place): default
  // construction first would zero the frame with a slow `rep stos`.
  if (window + code->register_count > interpreter.register_high_water)
    interpreter.register_high_water = window + code->register_count;
  interpreter.frames.emplace_back(code, function, globals, locals, window, window + code->register_count,
                                  code->instructions.data(), result, entry, nullptr, nullptr, nullptr);
  ++interpreter.frame_depth;
  return true;
}

// A frame ending with a frame object made for it (a function's owns it in
// Frame::locals; a module's or class body's locals are its namespace)
// detaches the object, which keeps the frame's variables and its last
// instruction, `pc`. Before the frame's registers are cleared.
inline void release_function_locals(runtime::Interpreter& interpreter, runtime::Frame& frame, const std::uint32_t* pc) {
  if (!frame.locals.is_null() &&
      ((static_cast<compiler::CodeObject*>(frame.code)->flags & compiler::code_optimized) ||
       !interpreter.frame_objects.empty())) [[unlikely]] {
    frame.pc = pc;
    runtime::detach_frame_objects(interpreter, frame);
  }
}

// When calling `callee` is creating an instance of a class (whose metaclass
// is type and whose __new__ is object's) with a Python __init__: that
// __init__, which the VM then runs in its own loop after making the
// instance; else null.
runtime::FunctionObject* inlinable_initializer(runtime::Interpreter& interpreter, runtime::Value callee);

// Runs the innermost frame, an entry frame, until it returns: its result,
// or null with the exception pending.
// Runs the innermost frame until the entry frame returns (or, for a
// generator's frame, yields). `throw_pending`: the frame resumes by raising
// the pending exception where it stopped (generator.throw()).
runtime::Ref execute(runtime::Interpreter& interpreter, bool throw_pending = false);

// The function type's call slot: a Python function called from native code
// (or through a generic call), in a window above the running frames.
runtime::Ref call_function(runtime::Interpreter& interpreter, runtime::Value callee, const runtime::Value* arguments,
                           std::size_t count, runtime::Value kwnames);

// Runs a class body (a function without parameters) with `namespace_dict`
// as its locals.
runtime::Ref run_class_body(runtime::Interpreter& interpreter, runtime::Value function, runtime::Value namespace_dict);

}  // namespace krait::vm
