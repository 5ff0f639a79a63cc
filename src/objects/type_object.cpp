// Objects: the type type: slot inheritance, subtype tests, repr, and calling
// a type to construct an instance.
#include "objects/type_object.h"

#include <string>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref type_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  if (!type->construct) return interpreter.raise(interpreter.TypeError_type, "cannot create '" + type->name + "' instances");
  return type->construct(interpreter, callee, arguments, count, kwnames);
}

}  // namespace

void inherit_slots(Type& type) {
  if (!type.base) return;
#define KRAIT_TYPE_SLOT(field, dunder, signature) \
  if (!type.field) type.field = type.base->field;
#include "objects/type_slots.def"
#undef KRAIT_TYPE_SLOT
  if (!type.deallocate) type.deallocate = type.base->deallocate;
}

void add_methods(Interpreter& interpreter, Type* type, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& method : methods) {
    Ref descriptor = new_method_descriptor(interpreter, method.name, method.function, type);
    dict_set_str(interpreter, type->dict.get(), interpreter.intern(method.name), descriptor.get());
  }
}

Value type_lookup(const Type* type, Value name) {
  for (const Type* entry : type->mro) {
    const Value value = dict_get_str(entry->dict.get(), name);
    if (!value.is_null()) return value;
  }
  return Value();
}

bool is_subtype(const Type* type, const Type* base) {
  for (; type; type = type->base)
    if (type == base) return true;
  return false;
}

Type* type_of(const Interpreter& interpreter, Value value) {
  return value.is_small_int() ? interpreter.int_type : value.as_object()->type;
}

Ref type_repr(Interpreter& interpreter, Value self) {
  return new_str(interpreter, "<class '" + static_cast<Type*>(self.as_object())->name + "'>");
}

void init_type_type(Interpreter& interpreter) {
  interpreter.type_type->repr = &type_repr;
  interpreter.type_type->call = &type_call;
}

}  // namespace krait::runtime
