// Objects: traceback and frame objects, made on demand from an exception's
// history (ExceptionObject::traceback) when Python code asks for
// __traceback__: tb_frame, tb_lineno, tb_lasti, tb_next, and frames with
// f_code, f_lineno, f_lasti, f_globals, f_builtins, f_locals, f_back.
// Krait's running frames are not objects; a frame object describes a frame
// the exception left, as far as the history records it.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct ExceptionObject;

struct FrameObject : Object {
  Ref code;     // a code object
  Ref globals;  // a dict
  Ref back;     // the caller's frame object, null for none known
  int line = 0;
  int instruction = 0;
};

struct TracebackObject : Object {
  Ref next;   // the traceback of the frame called, null for the innermost
  Ref frame;  // a FrameObject
  int line = 0;
  int instruction = 0;
};

// A frame object for code running in `globals` at `line` (instruction
// index `instruction`), called from `back` (null: none known).
Ref new_frame_object(Interpreter& interpreter, Value code, Value globals, int line, int instruction, Ref back);

// exception.__traceback__: the head (outermost frame) of the chain of its
// history, built once per entry and kept, or None.
Ref exception_traceback(Interpreter& interpreter, ExceptionObject& exception);
// exception.__traceback__ = value: a traceback object (its chain becomes the
// history) or None. False with TypeError pending.
[[nodiscard]] bool set_exception_traceback(Interpreter& interpreter, ExceptionObject& exception, Value value);

void init_traceback_types(Interpreter& interpreter);

}  // namespace krait::runtime
