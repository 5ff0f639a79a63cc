// Objects: types.SimpleNamespace (CPython's Objects/namespaceobject.c). Its
// instances have the layout of a class instance, so attribute access is
// object's own.
#include "objects/namespace_object.h"

#include <algorithm>
#include <string>

#include "objects/dict_object.h"
#include "objects/object_object.h"
#include "objects/object_reduce.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref namespace_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return new_instance(interpreter, static_cast<Type*>(callee.as_object()));
}

// SimpleNamespace(**kwargs): each keyword becomes an attribute.
Ref namespace_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (count)
    return interpreter.raise(interpreter.TypeError_type, "no positional arguments expected");
  const std::size_t keywords = kwnames.is_null() ? 0 : static_cast<std::size_t>(as_tuple(kwnames)->size);
  for (std::size_t k = 0; k < keywords; ++k)
    if (object_set_attribute(interpreter, self, as_tuple(kwnames)->items()[k], arguments[k]) < 0) return Ref();
  return interpreter.new_none();
}

// namespace(a=1, b='x'), a subclass by its own name; namespace(...) inside itself.
Ref namespace_repr(Interpreter& interpreter, Value self) {
  const Type* type = type_of(interpreter, self);
  const std::string name = type == interpreter.namespace_type ? "namespace" : type->name;
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end()) return new_str(interpreter, name + "(...)");
  Ref dict = instance_dict(interpreter, self);
  if (!dict) return Ref();
  active.push_back(self);
  std::string text = name + "(";
  std::size_t position = 0;
  Value key, value;
  bool first = true, failed = false;
  while (!failed && dict_next(dict.get(), position, key, value)) {
    if (!is_str(interpreter, key)) continue;
    Ref shown = repr(interpreter, value);
    if (!shown) {
      failed = true;
      break;
    }
    text += (first ? "" : ", ") + std::string(str_utf8(key)) + "=" + std::string(str_utf8(shown.get()));
    first = false;
  }
  active.pop_back();
  if (failed) return Ref();
  return new_str(interpreter, text + ")");
}

// Namespaces are equal when their attributes are.
Ref namespace_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  const bool both = is_subtype(type_of(interpreter, self), interpreter.namespace_type) &&
                    is_subtype(type_of(interpreter, other), interpreter.namespace_type);
  if (!both || (op != CompareOp::Eq && op != CompareOp::Ne)) return Ref::borrow(interpreter.not_implemented());
  Ref mine = instance_dict(interpreter, self);
  Ref theirs = mine ? instance_dict(interpreter, other) : Ref();
  if (!theirs) return Ref();
  return compare(interpreter, mine.get(), theirs.get(), op);
}

// __reduce__(): (type(self), (), __dict__).
Ref namespace_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  Ref dict = instance_dict(interpreter, self);
  if (!dict) return Ref();
  return reduce_value(interpreter, Value::object(type_of(interpreter, self)), {}, dict.get());
}

}  // namespace

void init_namespace_type(Interpreter& interpreter) {
  Type* type = interpreter.namespace_type;
  type->construct = &namespace_new;
  type->initialize = &namespace_init;
  type->repr = &namespace_repr;
  type->compare = &namespace_compare;
  type->attributes_offset = attributes_offset<InstanceObject>();
  add_methods(interpreter, type, {{"__reduce__", &namespace_reduce}});
}

}  // namespace krait::runtime
