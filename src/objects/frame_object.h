// Objects: frame objects (CPython's PyFrameObject). Krait's running frames
// are records on Interpreter::frames, not objects; a frame object is made
// on demand for one (sys._getframe(), f_back, a traceback entry, locals())
// and reads it live while it runs. When the frame ends (it returns, an
// exception leaves it, or a generator suspends) the VM detaches its object
// (detach_frame_objects), which keeps the frame's variables, last line and
// caller, as CPython's frame object takes ownership of its frame's data.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/frame.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct FrameObject : Object {
  Ref code;     // a code object
  Ref globals;  // a dict
  // A module's or class body's namespace (its f_locals); null for a
  // function's frame, whose f_locals is `locals`.
  Ref namespace_mapping;
  Ref locals;  // a function's f_locals: a dict refreshed on each read while it runs
  Ref back;    // once finished: the caller's frame object (null: none)
  Ref trace;   // f_trace
  // The running frame it describes, or null once that frame has ended.
  Frame* running = nullptr;
  // Once finished: a function frame's variables (owned, null when unbound),
  // as its registers held them (a cell variable's register holds its cell).
  std::vector<Value> variables;
  int line = 0;
  int instruction = 0;  // the instruction index (f_lasti is twice it)
};

inline FrameObject* as_frame_object(Value value) { return static_cast<FrameObject*>(value.as_object()); }

// The frame object of the running frame `frame` (one of
// Interpreter::frames): made the first time, then the same object.
Ref frame_object(Interpreter& interpreter, Frame& frame);
// A finished frame's object for code that ran in `globals` up to `line`
// (instruction index `instruction`), called from `back` (null: unknown).
Ref new_frame_object(Interpreter& interpreter, Value code, Value globals, int line, int instruction, Ref back);
// The running frame's f_locals (locals()): a function's variables in a dict
// (the same dict each time, brought up to date), else its namespace.
Ref frame_object_locals(Interpreter& interpreter, FrameObject& frame);

// Called by the VM for a frame that ends with an object made for it
// (Frame::locals non-null): the objects keep what the frame had.
void detach_frame_objects(Interpreter& interpreter, Frame& frame);

// A generator's frame suspends at `pc`: its object (if one was made) is
// detached as at a frame's end, without a caller (CPython's suspended frame
// has none), and returned (null: none, or nobody else holds it) for the
// generator to keep until it resumes.
Ref suspend_frame_object(Frame& frame, const std::uint32_t* pc);
// A generator's frame resumes: `object`, the one it kept, describes the
// running frame again (Frame::locals owns it).
void resume_frame_object(Frame& frame, Ref object);

void init_frame_type(Interpreter& interpreter);

}  // namespace krait::runtime
