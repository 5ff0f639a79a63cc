// Objects: functions. A FunctionObject is a Python function (a code object,
// its globals, defaults and closure); the VM runs it in a new register
// window. A BuiltinFunction wraps a native function, bound to `self` when it
// is a method of an object; a MethodDescriptor is a native method as its
// type's namespace holds it (list.append), which binds on attribute access.
#pragma once

#include <vector>

#include "objects/object_object.h"
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
  Ref keyword_defaults;       // __kwdefaults__: a dict, or null
  Ref closure;   // a tuple of cells, one per co_freevars entry; null without free variables
  Attributes attributes;  // __dict__: arbitrary function attributes
  Ref annotations;  // __annotations__ (a dict), or null
  Ref doc;          // __doc__, or null for None
  Ref module;       // __module__
};

struct BuiltinFunction : Object {
  const char* name = "";
  NativeFunction function = nullptr;
  Ref self;  // the bound object; null for a plain builtin function
};

struct MethodDescriptor : Object {
  const char* name = "";
  NativeFunction function = nullptr;
  Type* owner = nullptr;  // the type whose instances it applies to
};

inline FunctionObject* as_function(Value value) { return static_cast<FunctionObject*>(value.as_object()); }

// A function of `code`; `doc` (null: None) is its __doc__.
Ref new_function(Interpreter& interpreter, Value code, Value globals, Value name, Value qualname, Value doc = Value());
Ref new_builtin_function(Interpreter& interpreter, const char* name, NativeFunction function, Value self = Value());
Ref new_method_descriptor(Interpreter& interpreter, const char* name, NativeFunction function, Type* owner);

void init_function_types(Interpreter& interpreter);

}  // namespace krait::runtime
