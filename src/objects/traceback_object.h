// Objects: traceback objects, made on demand from an exception's history
// (ExceptionObject::traceback) when Python code asks for __traceback__:
// tb_frame (the frame object the VM recorded, objects/frame_object.h),
// tb_lineno, tb_lasti, tb_next (writable), and types.TracebackType(...).
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct ExceptionObject;

struct TracebackObject : Object {
  Ref next;   // the traceback of the frame called, null for the innermost
  Ref frame;  // a FrameObject
  int line = 0;
  int instruction = 0;
};

// exception.__traceback__: the head (outermost frame) of the chain of its
// history, built once per entry and kept, or None.
Ref exception_traceback(Interpreter& interpreter, ExceptionObject& exception);
// exception.__traceback__ = value: a traceback object (its chain becomes the
// history) or None. False with TypeError pending.
[[nodiscard]] bool set_exception_traceback(Interpreter& interpreter, ExceptionObject& exception, Value value);

void init_traceback_types(Interpreter& interpreter);

}  // namespace krait::runtime
