// Objects: BaseException's str and repr, shared by every built-in exception
// class through slot inheritance.
#include "objects/exception_object.h"

#include <string>

#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

ExceptionObject* as_exception(Value value) { return static_cast<ExceptionObject*>(value.as_object()); }

Ref exception_str(Interpreter& interpreter, Value self) {
  const Ref& message = as_exception(self)->message;
  return message ? Ref::borrow(message.get()) : new_str(interpreter, "");
}

Ref exception_repr(Interpreter& interpreter, Value self) {
  const ExceptionObject* exception = as_exception(self);
  std::string text = exception->type->name + "(";
  if (exception->message) text += str_repr_text(exception->message.get());
  return new_str(interpreter, text + ")");
}

void exception_deallocate(Interpreter&, Object* object) { delete as_exception(Value::object(object)); }

}  // namespace

Ref new_exception(Interpreter& interpreter, Type* type, Ref message) {
  auto* exception = new ExceptionObject;
  exception->type = type;
  exception->message = std::move(message);
  return Ref::steal(Value::object(exception));
}

Ref raise_key_error(Interpreter& interpreter, Value key) {
  Ref text = repr(interpreter, key);
  if (!text) return Ref();
  interpreter.set_exception(interpreter.KeyError_type, str_utf8(text.get()));
  return Ref();
}

void init_exception_types(Interpreter& interpreter) {
  Type* type = interpreter.BaseException_type;
  type->str = &exception_str;
  type->repr = &exception_repr;
  type->deallocate = &exception_deallocate;
}

}  // namespace krait::runtime
