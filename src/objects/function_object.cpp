// Objects: the function and builtin_function_or_method types.
#include "objects/function_object.h"

#include <string>

#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref function_repr(Interpreter& interpreter, Value self) {
  auto* function = static_cast<FunctionObject*>(self.as_object());
  return new_str(interpreter,
                 "<function " + std::string(str_utf8(function->qualname.get())) + " at " + address_text(function) + ">");
}

void function_deallocate(Interpreter&, Object* object) { delete static_cast<FunctionObject*>(object); }

Ref builtin_repr(Interpreter& interpreter, Value self) {
  const auto* builtin = static_cast<BuiltinFunction*>(self.as_object());
  if (!builtin->self) return new_str(interpreter, std::string("<built-in function ") + builtin->name + ">");
  return new_str(interpreter, std::string("<built-in method ") + builtin->name + " of " +
                                  std::string(type_name(interpreter, builtin->self.get())) + " object at " +
                                  address_text(builtin->self.get().as_object()) + ">");
}

Ref builtin_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const auto* builtin = static_cast<BuiltinFunction*>(callee.as_object());
  return builtin->function(interpreter, builtin->self.get(), arguments, count, kwnames);
}

void builtin_deallocate(Interpreter&, Object* object) { delete static_cast<BuiltinFunction*>(object); }

MethodDescriptor* as_descriptor(Value value) { return static_cast<MethodDescriptor*>(value.as_object()); }

Ref descriptor_repr(Interpreter& interpreter, Value self) {
  const MethodDescriptor* descriptor = as_descriptor(self);
  return new_str(interpreter, std::string("<method '") + descriptor->name + "' of '" + descriptor->owner->name +
                                  "' objects>");
}

// list.append(items, x): the first argument is the instance.
Ref descriptor_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const MethodDescriptor* descriptor = as_descriptor(callee);
  if (count == 0)
    return interpreter.raise(interpreter.TypeError_type, std::string("unbound method ") + descriptor->owner->name + "." +
                                                             descriptor->name + "() needs an argument");
  if (!is_subtype(type_of(interpreter, arguments[0]), descriptor->owner))
    return interpreter.raise(interpreter.TypeError_type,
                             std::string("descriptor '") + descriptor->name + "' for '" + descriptor->owner->name +
                                 "' objects doesn't apply to a " + quoted_type_name(interpreter, arguments[0]) + " object");
  return descriptor->function(interpreter, arguments[0], arguments + 1, count - 1, kwnames);
}

// instance.method: a builtin method bound to the instance.
Ref descriptor_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null()) return Ref::borrow(self);
  const MethodDescriptor* descriptor = as_descriptor(self);
  if (!is_subtype(type_of(interpreter, instance), descriptor->owner))
    return interpreter.raise(interpreter.TypeError_type,
                             std::string("descriptor '") + descriptor->name + "' for '" + descriptor->owner->name +
                                 "' objects doesn't apply to a " + quoted_type_name(interpreter, instance) + " object");
  return new_builtin_function(interpreter, descriptor->name, descriptor->function, instance);
}

void descriptor_deallocate(Interpreter&, Object* object) { delete static_cast<MethodDescriptor*>(object); }

}  // namespace

Ref new_function(Interpreter& interpreter, Value code, Value globals, Value name, Value qualname) {
  auto* function = new FunctionObject;
  function->type = interpreter.function_type;
  function->code = Ref::borrow(code);
  function->globals = Ref::borrow(globals);
  function->name = Ref::borrow(name);
  function->qualname = Ref::borrow(qualname);
  return Ref::steal(Value::object(function));
}

Ref new_builtin_function(Interpreter& interpreter, const char* name, NativeFunction function, Value self) {
  auto* builtin = new BuiltinFunction;
  builtin->type = interpreter.builtin_function_type;
  builtin->name = name;
  builtin->function = function;
  if (!self.is_null()) builtin->self = Ref::borrow(self);
  return Ref::steal(Value::object(builtin));
}

Ref new_method_descriptor(Interpreter& interpreter, const char* name, NativeFunction function, Type* owner) {
  auto* descriptor = new MethodDescriptor;
  descriptor->type = interpreter.method_descriptor_type;
  descriptor->name = name;
  descriptor->function = function;
  descriptor->owner = owner;
  return Ref::steal(Value::object(descriptor));
}

void init_function_types(Interpreter& interpreter) {
  interpreter.function_type->repr = &function_repr;
  interpreter.function_type->deallocate = &function_deallocate;
  interpreter.builtin_function_type->repr = &builtin_repr;
  interpreter.builtin_function_type->call = &builtin_call;
  interpreter.builtin_function_type->deallocate = &builtin_deallocate;
  Type* descriptor = interpreter.method_descriptor_type;
  descriptor->repr = &descriptor_repr;
  descriptor->call = &descriptor_call;
  descriptor->descriptor_get = &descriptor_get;
  descriptor->deallocate = &descriptor_deallocate;
}

}  // namespace krait::runtime
