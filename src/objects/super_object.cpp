// Objects: the super type (see super_object.h), after CPython's
// Objects/typeobject.c: super_init, supercheck, super_getattro.
#include "objects/super_object.h"

#include <string>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/frame_inspection.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct SuperObject : Object {
  Ref type;         // __thisclass__: the class after which the lookup starts (null until initialised)
  Ref object;       // __self__, null when unbound
  Ref object_type;  // __self_class__: the class whose MRO is searched
};

SuperObject* as_super(Value value) { return static_cast<SuperObject*>(value.as_object()); }
Type* as_type(Value value) { return static_cast<Type*>(value.as_object()); }

bool is_type(Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(type_of(interpreter, value), interpreter.type_type);
}

// The class whose MRO super(type, object) searches: object itself when it
// is a subclass of type (class-method mode), else its class, else a
// __class__ that claims to be a subclass (CPython's supercheck).
Type* super_check(Interpreter& interpreter, Type* type, Value object) {
  if (is_type(interpreter, object) && is_subtype(as_type(object), type)) return as_type(object);
  if (is_subtype(type_of(interpreter, object), type)) return type_of(interpreter, object);
  Ref claimed;
  const int found = lookup_attribute(interpreter, object, interpreter.names.dunder_class, claimed);
  if (found < 0) return nullptr;
  if (found && is_type(interpreter, claimed.get()) && as_type(claimed.get()) != type_of(interpreter, object) &&
      is_subtype(as_type(claimed.get()), type))
    return as_type(claimed.get());
  interpreter.set_exception(interpreter.TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

bool fill(Interpreter& interpreter, SuperObject* super, Type* type, Value object) {
  Type* object_type = nullptr;
  if (!object.is_null()) {
    object_type = super_check(interpreter, type, object);
    if (!object_type) return false;
  }
  super->type = Ref::borrow(Value::object(type));
  super->object = object.is_null() ? Ref() : Ref::borrow(object);
  super->object_type = object_type ? Ref::borrow(Value::object(object_type)) : Ref();
  return true;
}

Ref super_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  auto* super = gc_new<SuperObject>(interpreter, as_type(callee));
  return Ref::steal(Value::object(super));
}

// super(), super(type) and super(type, obj).
Ref super_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "super", kwnames) || !check_argument_count(interpreter, "super()", count, 0, 2))
    return Ref();
  Type* type = nullptr;
  Value object;
  if (count == 0) {
    if (!frame_super_arguments(interpreter, type, object)) return Ref();
  } else {
    if (!is_type(interpreter, arguments[0]))
      return interpreter.raise(interpreter.TypeError_type, "super() argument 1 must be a type, not " +
                                                               std::string(type_name(interpreter, arguments[0])));
    type = as_type(arguments[0]);
    if (count == 2 && arguments[1] != interpreter.none()) object = arguments[1];
  }
  if (!fill(interpreter, as_super(self), type, object)) return Ref();
  return interpreter.new_none();
}

// The attribute from the classes after __thisclass__ in the MRO of
// __self_class__, bound to __self__ (or to nothing in class-method mode);
// the super object's own attributes otherwise.
Ref super_get_attribute(Interpreter& interpreter, Value self, Value name) {
  const SuperObject* super = as_super(self);
  if (super->object_type && !str_equal(name, interpreter.names.dunder_class)) {
    const Type* start = as_type(super->object_type.get());
    const std::vector<Type*>& mro = start->mro;
    std::size_t i = 0;
    while (i + 1 < mro.size() && Value::object(mro[i]) != super->type.get()) ++i;
    for (++i; i < mro.size(); ++i) {
      const Value found = dict_get_str(mro[i]->dict.get(), name);
      if (found.is_null()) continue;
      const DescriptorGetSlot getter = type_of(interpreter, found)->descriptor_get;
      if (!getter) return Ref::borrow(found);
      const Value instance = super->object.get() == super->object_type.get() ? Value() : super->object.get();
      return getter(interpreter, found, instance, super->object_type.get());
    }
  }
  return object_get_attribute(interpreter, self, name);
}

// super(type).__get__(obj): a super bound to obj.
Ref super_descriptor_get(Interpreter& interpreter, Value self, Value instance, Value) {
  const SuperObject* super = as_super(self);
  if (instance.is_null() || instance == interpreter.none() || super->object) return Ref::borrow(self);
  const Value arguments[] = {super->type.get(), instance};
  return call(interpreter, Value::object(type_of(interpreter, self)), arguments, 2);
}

Ref super_repr(Interpreter& interpreter, Value self) {
  const SuperObject* super = as_super(self);
  const std::string type = super->type ? as_type(super->type.get())->name : "NULL";
  const std::string object = super->object_type ? "<" + as_type(super->object_type.get())->name + " object>" : "NULL";
  return new_str(interpreter, "<super: <class '" + type + "'>, " + object + ">");
}

Ref optional(Interpreter& interpreter, const Ref& field) {
  return field ? Ref::borrow(field.get()) : interpreter.new_none();
}
Ref super_thisclass(Interpreter& interpreter, Value self) { return optional(interpreter, as_super(self)->type); }
Ref super_self(Interpreter& interpreter, Value self) { return optional(interpreter, as_super(self)->object); }
Ref super_self_class(Interpreter& interpreter, Value self) { return optional(interpreter, as_super(self)->object_type); }

void super_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<SuperObject*>(object));
}

void super_traverse(Object* object, const Visitor& visit) {
  const SuperObject* super = static_cast<SuperObject*>(object);
  visit(super->type);
  visit(super->object);
  visit(super->object_type);
}

}  // namespace

void init_super_type(Interpreter& interpreter) {
  Type* type = interpreter.super_type;
  type->construct = &super_construct;
  type->initialize = &super_initialize;
  type->get_attribute = &super_get_attribute;
  type->descriptor_get = &super_descriptor_get;
  type->repr = &super_repr;
  type->deallocate = &super_deallocate;
  type->traverse = &super_traverse;
  add_getsets(interpreter, type,
              {{"__thisclass__", &super_thisclass}, {"__self__", &super_self}, {"__self_class__", &super_self_class}});
}

}  // namespace krait::runtime
