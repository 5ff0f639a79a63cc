// Objects: exception instances, with the traceback the VM records as the
// exception leaves each frame.
#pragma once

#include <vector>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

struct ExceptionObject : Object {
  struct TracebackEntry {
    Ref code;  // a code object (compiler/code_object.h)
    int line = 0;
  };
  Ref message;  // str, or null for an exception raised without arguments
  // Innermost frame first: appended as the exception propagates outwards.
  std::vector<TracebackEntry> traceback;
};

Ref new_exception(Interpreter& interpreter, Type* type, Ref message);

// Raises KeyError(key), whose message is the key's repr; returns the null Ref.
Ref raise_key_error(Interpreter& interpreter, Value key);

void init_exception_types(Interpreter& interpreter);

}  // namespace krait::runtime
