// Objects: exception instances (BaseException and every built-in exception
// class), with the traceback the VM records as an exception leaves each frame
// and the chaining links of PEP 3134.
#pragma once

#include <cstdint>
#include <vector>

#include "objects/object_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

struct ExceptionObject : Object {
  struct TracebackEntry {
    Ref code;     // a code object (compiler/code_object.h)
    Ref globals;  // the frame's (for NameError's suggestions)
    int line = 0;
    std::uint32_t instruction = 0;  // where in the code (tb_lasti), for the position
    Ref object;  // its traceback object, once __traceback__ was asked for
    Ref frame;   // its frame object (objects/frame_object.h), or null
  };
  Ref args;                       // a tuple
  Ref cause;                      // __cause__, null for None
  Ref context;                    // __context__, null for None
  bool suppress_context = false;  // __suppress_context__
  // StopIteration.value or SystemExit.code; null reads as None.
  Ref payload;
  // The fields of SyntaxError and ImportError (a list; exception_fields.cpp).
  Ref fields;
  // Outermost frame last: appended as the exception propagates outwards, so
  // an exception raised again continues its own history, as CPython's
  // tracebacks do.
  std::vector<TracebackEntry> traceback;
  Attributes attributes;  // instances of exception classes have a __dict__
};

inline ExceptionObject* as_exception(Value value) { return static_cast<ExceptionObject*>(value.as_object()); }
bool is_exception(const Interpreter& interpreter, Value value);
// Whether `value` is a class deriving from BaseException.
bool is_exception_type(const Interpreter& interpreter, Value value);

// An instance of the exception class `type` with the given args (a tuple).
Ref new_exception(Interpreter& interpreter, Type* type, Ref args);
// An instance of `type` with one str argument, or none when `message` is empty.
Ref new_exception(Interpreter& interpreter, Type* type, std::string_view message);

// Gives `to` the traceback `from` has gathered (a part of an exception group
// carries its group's history).
void copy_traceback(const ExceptionObject& from, ExceptionObject& to);

// Raises KeyError(key); returns the null Ref.
Ref raise_key_error(Interpreter& interpreter, Value key);
// Raises StopIteration(value) (a generator's return value); returns the null Ref.
Ref raise_stop_iteration(Interpreter& interpreter, Value value);

// Whether the pending exception is an instance of `type`.
bool exception_matches(const Interpreter& interpreter, Type* type);

void init_exception_types(Interpreter& interpreter);

}  // namespace krait::runtime
