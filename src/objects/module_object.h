// Objects: the `module` type. A module is its namespace: attribute access
// reads and writes its dict (the globals of the code run in it), with
// module-level __getattr__ (PEP 562) as the fallback.
#pragma once

#include <initializer_list>
#include <string_view>

#include "objects/object_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct ModuleObject : Object {
  // `attributes.dict` is the namespace, made with the module and never
  // split: the module's code uses it as its globals.
  Attributes attributes;
  // Its body is running (an import in progress): attribute errors say
  // "partially initialized", as CPython's do through __spec__._initializing.
  bool initializing = false;
  // A native module (modules/registry.h): shown as (built-in).
  bool builtin = false;
};

inline ModuleObject* as_module(Value value) { return static_cast<ModuleObject*>(value.as_object()); }
bool is_module(const Interpreter& interpreter, Value value);

// A module named `name` whose dict holds __name__, __doc__ (None),
// __package__, __loader__ and __spec__ (None), as ModuleType(name) makes.
Ref new_module(Interpreter& interpreter, std::string_view name);
// The same over an existing namespace dict (the builtins module).
Ref new_module_with_dict(Interpreter& interpreter, std::string_view name, Value dict);

// The module's namespace (borrowed).
inline Value module_dict(Value module) { return as_module(module)->attributes.dict.get(); }
// module.name = value, for native modules filling themselves.
void module_set(Interpreter& interpreter, Value module, std::string_view name, Value value);

// Adds native functions to a module's namespace.
struct ModuleFunction {
  const char* name;
  NativeFunction function;
};
void add_module_functions(Interpreter& interpreter, Value module, std::initializer_list<ModuleFunction> functions);

// Clears the namespaces of the loaded modules (sys.modules), __main__ first,
// then the others newest first, as CPython's finalization does, then those
// of modules no longer loaded, and empties sys.modules: modules and their
// functions refer to each other in cycles that reference counting alone
// never frees. The builtins dict is left to the interpreter.
void clear_modules(Interpreter& interpreter);

void init_module_type(Interpreter& interpreter);

}  // namespace krait::runtime
