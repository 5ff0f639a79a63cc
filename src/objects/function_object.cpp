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
  return new_str(interpreter, std::string("<built-in function ") + static_cast<BuiltinFunction*>(self.as_object())->name + ">");
}

Ref builtin_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count) {
  return static_cast<BuiltinFunction*>(callee.as_object())->function(interpreter, callee, arguments, count);
}

void builtin_deallocate(Interpreter&, Object* object) { delete static_cast<BuiltinFunction*>(object); }

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

Ref new_builtin_function(Interpreter& interpreter, const char* name, CallSlot function) {
  auto* builtin = new BuiltinFunction;
  builtin->type = interpreter.builtin_function_type;
  builtin->name = name;
  builtin->function = function;
  return Ref::steal(Value::object(builtin));
}

void init_function_types(Interpreter& interpreter) {
  interpreter.function_type->repr = &function_repr;
  interpreter.function_type->deallocate = &function_deallocate;
  interpreter.builtin_function_type->repr = &builtin_repr;
  interpreter.builtin_function_type->call = &builtin_call;
  interpreter.builtin_function_type->deallocate = &builtin_deallocate;
}

}  // namespace krait::runtime
