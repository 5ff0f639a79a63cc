// Objects: functions. A FunctionObject is a Python function (a code object,
// its globals, defaults and closure); the VM runs it in a new register window. A
// BuiltinFunction wraps a C++ function.
#pragma once

#include <vector>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct FunctionObject : Object {
  Ref code;      // a code object (compiler/code_object.h)
  Ref globals;   // a dict
  Ref name;      // str
  Ref qualname;  // str
  std::vector<Ref> defaults;  // for the last len(defaults) positional parameters
  Ref closure;   // a tuple of cells, one per co_freevars entry; null without free variables
};

struct BuiltinFunction : Object {
  const char* name = "";
  CallSlot function = nullptr;
};

Ref new_function(Interpreter& interpreter, Value code, Value globals, Value name, Value qualname);
Ref new_builtin_function(Interpreter& interpreter, const char* name, CallSlot function);

void init_function_types(Interpreter& interpreter);

}  // namespace krait::runtime
