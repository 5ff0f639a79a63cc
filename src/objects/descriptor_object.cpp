// Objects: getset_descriptor, property, classmethod, staticmethod and method
// (see descriptor_object.h).
#include "objects/descriptor_object.h"

#include <string>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/object_object.h"
#include "objects/object_reduce.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct GetSetDescriptor : Object {
  GetSetDef definition;
  Type* owner = nullptr;
};

struct PropertyObject : Object {
  Ref get, set, remove, doc;  // fget, fset, fdel, __doc__ (null for None)
  Ref name;                   // what __set_name__ gave (null: not given)
};

// classmethod and staticmethod: a wrapped callable, and the attributes
// (a dict: __name__, __doc__ ... copied from the callable as
// functools.update_wrapper does, and any set later; null until needed).
struct WrapperObject : Object {
  Ref callable;
  Ref dict;
};

template <typename T>
void deallocate(Interpreter&, Object* object) {
  delete static_cast<T*>(object);
}
template <typename T>
void container_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<T*>(object));
}

void property_traverse(Object* object, const Visitor& visit) {
  const auto* property = static_cast<PropertyObject*>(object);
  for (const Ref* field : {&property->get, &property->set, &property->remove, &property->doc, &property->name})
    visit(*field);
}
void property_clear(Interpreter&, Object* object) {
  auto* property = static_cast<PropertyObject*>(object);
  Ref fields[] = {std::move(property->get), std::move(property->set), std::move(property->remove),
                  std::move(property->doc), std::move(property->name)};
}

void wrapper_traverse(Object* object, const Visitor& visit) {
  visit(static_cast<WrapperObject*>(object)->callable);
  visit(static_cast<WrapperObject*>(object)->dict);
}
void wrapper_clear(Interpreter&, Object* object) {
  static_cast<WrapperObject*>(object)->callable = Ref();
  static_cast<WrapperObject*>(object)->dict = Ref();
}

// No clear: a bound method is immutable (its function or instance breaks a cycle).
void method_traverse(Object* object, const Visitor& visit) {
  const auto* method = static_cast<MethodObject*>(object);
  visit(method->function);
  visit(method->self);
}

// --- getset_descriptor ----------------------------------------------------
GetSetDescriptor* as_getset(Value value) { return static_cast<GetSetDescriptor*>(value.as_object()); }

// CPython's descr_check: "descriptor '__dict__' for 'C' objects doesn't
// apply to a 'int' object" (getters may rely on the instance's layout).
bool getset_applies(Interpreter& interpreter, const GetSetDescriptor* descriptor, Value instance) {
  if (is_subtype(type_of(interpreter, instance), descriptor->owner)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string("descriptor '") + descriptor->definition.name +
                                                            "' for '" + descriptor->owner->name +
                                                            "' objects doesn't apply to a " +
                                                            quoted_type_name(interpreter, instance) + " object");
  return false;
}

Ref getset_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null()) return Ref::borrow(self);
  const GetSetDescriptor* descriptor = as_getset(self);
  if (!getset_applies(interpreter, descriptor, instance)) return Ref();
  return descriptor->definition.get(interpreter, instance);
}

int getset_set(Interpreter& interpreter, Value self, Value instance, Value value) {
  const GetSetDescriptor* descriptor = as_getset(self);
  if (!getset_applies(interpreter, descriptor, instance)) return -1;
  if (!descriptor->definition.set) {
    interpreter.set_exception(interpreter.AttributeError_type,
                              std::string("attribute '") + descriptor->definition.name + "' of '" +
                                  descriptor->owner->name + "' objects is not writable");
    return -1;
  }
  return descriptor->definition.set(interpreter, instance, value);
}

Ref getset_repr(Interpreter& interpreter, Value self) {
  const GetSetDescriptor* descriptor = as_getset(self);
  return new_str(interpreter, std::string("<attribute '") + descriptor->definition.name + "' of '" +
                                  descriptor->owner->name + "' objects>");
}

// --- member_descriptor -------------------------------------------------------
// A __slots__ member: attribute slot `index` of instances of `owner`.
struct MemberDescriptor : Object {
  Ref name;
  Type* owner = nullptr;
  std::uint32_t index = 0;
};

MemberDescriptor* as_member(Value value) { return static_cast<MemberDescriptor*>(value.as_object()); }

// "descriptor 'x' for 'C' objects doesn't apply to a 'int' object".
bool member_applies(Interpreter& interpreter, const MemberDescriptor* member, Value instance) {
  if (instance.is_object() && is_subtype(type_of(interpreter, instance), member->owner)) return true;
  interpreter.set_exception(interpreter.TypeError_type, "descriptor " + str_repr_text(member->name.get()) + " for '" +
                                                            member->owner->name + "' objects doesn't apply to a " +
                                                            quoted_type_name(interpreter, instance) + " object");
  return false;
}

Ref member_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null()) return Ref::borrow(self);
  const MemberDescriptor* member = as_member(self);
  if (!member_applies(interpreter, member, instance)) return Ref();
  const Value value = member_value(instance.as_object(), member->index);
  if (!value.is_null()) return Ref::borrow(value);
  return interpreter.raise(interpreter.AttributeError_type, quoted_type_name(interpreter, instance) +
                                                                " object has no attribute " +
                                                                str_repr_text(member->name.get()));
}

int member_set(Interpreter& interpreter, Value self, Value instance, Value value) {
  const MemberDescriptor* member = as_member(self);
  if (!member_applies(interpreter, member, instance)) return -1;
  if (store_member(instance.as_object(), member->index, value)) return 0;
  interpreter.set_exception(interpreter.AttributeError_type, str_utf8(member->name.get()));
  return -1;
}

Ref member_repr(Interpreter& interpreter, Value self) {
  const MemberDescriptor* member = as_member(self);
  return new_str(interpreter, "<member " + str_repr_text(member->name.get()) + " of '" + member->owner->name +
                                  "' objects>");
}

Ref member_name(Interpreter&, Value self) { return Ref::borrow(as_member(self)->name.get()); }
Ref member_objclass(Interpreter&, Value self) { return Ref::borrow(Value::object(as_member(self)->owner)); }

// --- property ---------------------------------------------------------------
PropertyObject* as_property(Value value) { return static_cast<PropertyObject*>(value.as_object()); }

Ref keep(Value value, Interpreter& interpreter) {
  return value.is_null() || value == interpreter.none() ? Ref() : Ref::borrow(value);
}

Ref property_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  if (!bind_arguments(interpreter, {"property", {"fget", "fset", "fdel", "doc"}}, arguments, count, kwnames, bound))
    return Ref();
  auto* property = gc_new<PropertyObject>(interpreter, static_cast<Type*>(callee.as_object()));
  property->get = keep(bound[0], interpreter);
  property->set = keep(bound[1], interpreter);
  property->remove = keep(bound[2], interpreter);
  property->doc = keep(bound[3], interpreter);
  // Without a doc, a property takes its getter's.
  if (!property->doc && property->get) {
    Ref doc;
    if (lookup_attribute(interpreter, property->get.get(), interpreter.names.dunder_doc, doc) < 0) {
      decref(Value::object(property));
      return Ref();
    }
    property->doc = keep(doc.get(), interpreter);
  }
  return Ref::steal(Value::object(property));
}

// "property 'x' of 'C' object has no setter", named as __set_name__ named
// it (the class attribute holding it).
Ref raise_missing_accessor(Interpreter& interpreter, Value self, Value instance, const char* accessor) {
  std::string name;
  const PropertyObject* property = as_property(self);
  if (property->name) {
    Ref shown = repr(interpreter, property->name.get());
    if (!shown) return Ref();
    name = std::string(str_utf8(shown.get())) + " ";
  }
  return interpreter.raise(interpreter.AttributeError_type, "property " + name + "of " +
                                                                quoted_type_name(interpreter, instance) + " object has no " +
                                                                accessor);
}

Ref property_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null()) return Ref::borrow(self);
  const PropertyObject* property = as_property(self);
  if (!property->get) return raise_missing_accessor(interpreter, self, instance, "getter");
  return call(interpreter, property->get.get(), &instance, 1);
}

int property_set(Interpreter& interpreter, Value self, Value instance, Value value) {
  const PropertyObject* property = as_property(self);
  const Ref& function = value.is_null() ? property->remove : property->set;
  if (!function) {
    const Ref nothing = raise_missing_accessor(interpreter, self, instance, value.is_null() ? "deleter" : "setter");
    return -1;
  }
  const Value arguments[] = {instance, value};
  Ref result = call(interpreter, function.get(), arguments, value.is_null() ? 1 : 2);
  return result ? 0 : -1;
}

// property.getter/setter/deleter: a copy with one accessor replaced.
Ref property_copy(Interpreter& interpreter, Value self, int which, Value function) {
  const PropertyObject* property = as_property(self);
  Value parts[4] = {property->get.get(), property->set.get(), property->remove.get(), property->doc.get()};
  parts[which] = function;
  for (Value& part : parts)
    if (part.is_null()) part = interpreter.none();
  Ref copy = call(interpreter, Value::object(property->type), parts, 4);
  if (copy && is_subtype(type_of(interpreter, copy.get()), interpreter.property_type))
    as_property(copy.get())->name = Ref::borrow(property->name.get());
  return copy;
}

// __set_name__(owner, name): the name the property's errors give.
Ref property_set_name(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "__set_name__", kwnames) ||
      !check_tuple_arguments(interpreter, "__set_name__", count, 2, 2))
    return Ref();
  as_property(self)->name = Ref::borrow(arguments[1]);
  return interpreter.new_none();
}

Ref property_getter(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "getter", kwnames) || !check_positional(interpreter, "getter", count, 1, 1)) return Ref();
  return property_copy(interpreter, self, 0, arguments[0]);
}
Ref property_setter(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "setter", kwnames) || !check_positional(interpreter, "setter", count, 1, 1)) return Ref();
  return property_copy(interpreter, self, 1, arguments[0]);
}
Ref property_deleter(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "deleter", kwnames) || !check_positional(interpreter, "deleter", count, 1, 1)) return Ref();
  return property_copy(interpreter, self, 2, arguments[0]);
}

Ref accessor_or_none(Interpreter& interpreter, const Ref& accessor) {
  return accessor ? Ref::borrow(accessor.get()) : interpreter.new_none();
}
Ref property_fget(Interpreter& interpreter, Value self) { return accessor_or_none(interpreter, as_property(self)->get); }
Ref property_fset(Interpreter& interpreter, Value self) { return accessor_or_none(interpreter, as_property(self)->set); }
Ref property_fdel(Interpreter& interpreter, Value self) { return accessor_or_none(interpreter, as_property(self)->remove); }
Ref property_doc(Interpreter& interpreter, Value self) { return accessor_or_none(interpreter, as_property(self)->doc); }

// --- classmethod and staticmethod -------------------------------------------
WrapperObject* as_wrapper(Value value) { return static_cast<WrapperObject*>(value.as_object()); }

Ref wrapper_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  if (!reject_keywords(interpreter, type->name, kwnames) || !check_argument_count(interpreter, type->name, count, 1, 1))
    return Ref();
  auto* wrapper = gc_new<WrapperObject>(interpreter, type);
  wrapper->callable = Ref::borrow(arguments[0]);
  return Ref::steal(Value::object(wrapper));
}

Ref classmethod_get(Interpreter& interpreter, Value self, Value instance, Value owner) {
  if (owner.is_null()) owner = Value::object(type_of(interpreter, instance));
  return new_method(interpreter, as_wrapper(self)->callable.get(), owner);
}

Ref staticmethod_get(Interpreter&, Value self, Value, Value) { return Ref::borrow(as_wrapper(self)->callable.get()); }

Ref staticmethod_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  return call(interpreter, as_wrapper(callee)->callable.get(), arguments, count, kwnames);
}

Ref wrapper_func(Interpreter&, Value self) { return Ref::borrow(as_wrapper(self)->callable.get()); }

// --- method ---------------------------------------------------------------
MethodObject* as_method(Value value) { return static_cast<MethodObject*>(value.as_object()); }

Ref method_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const MethodObject* method = as_method(callee);
  return call_with_self(interpreter, method->function.get(), method->self.get(), arguments, count, kwnames);
}

Ref method_repr(Interpreter& interpreter, Value self) {
  const MethodObject* method = as_method(self);
  Ref name;
  if (lookup_attribute(interpreter, method->function.get(), interpreter.names.dunder_qualname, name) < 0) return Ref();
  Ref object = repr(interpreter, method->self.get());
  if (!object) return Ref();
  return new_str(interpreter, "<bound method " + std::string(name ? str_utf8(name.get()) : "?") + " of " +
                                  std::string(str_utf8(object.get())) + ">");
}

Ref method_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(interpreter, other) != interpreter.method_type)
    return Ref::borrow(interpreter.not_implemented());
  const bool same = as_method(self)->function.get() == as_method(other)->function.get() &&
                    as_method(self)->self.get() == as_method(other)->self.get();
  return interpreter.new_boolean(same == (op == CompareOp::Eq));
}

// Attributes other than its own are the function's (m.__name__, m.__doc__).
Ref method_get_attribute(Interpreter& interpreter, Value self, Value name) {
  const Value found = type_lookup(interpreter.method_type, name);
  if (!found.is_null()) {
    const DescriptorGetSlot getter = type_of(interpreter, found)->descriptor_get;
    return getter ? getter(interpreter, found, self, Value::object(interpreter.method_type)) : Ref::borrow(found);
  }
  return get_attribute(interpreter, as_method(self)->function.get(), name);
}

Ref method_func(Interpreter&, Value self) { return Ref::borrow(as_method(self)->function.get()); }
Ref method_self(Interpreter&, Value self) { return Ref::borrow(as_method(self)->self.get()); }

// __reduce__(): (getattr, (self, __func__.__name__)), as pickle saves a
// bound method.
Ref method_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "method.__reduce__", count, kwnames)) return Ref();
  Ref name = get_attribute(interpreter, as_method(self)->function.get(), interpreter.names.dunder_name);
  if (!name) return Ref();
  const Value arguments[] = {as_method(self)->self.get(), name.get()};
  return reduce_value(interpreter, builtin_named(interpreter, "getattr"), arguments);
}
// types.MethodType(function, instance).
Ref method_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "method", kwnames) || !check_argument_count(interpreter, "method", count, 2, 2))
    return Ref();
  if (!type_of(interpreter, arguments[0])->call)
    return interpreter.raise(interpreter.TypeError_type, "first argument must be callable");
  if (arguments[1] == interpreter.none())
    return interpreter.raise(interpreter.TypeError_type, "instance must not be None");
  return new_method(interpreter, arguments[0], arguments[1]);
}
// A bound method's __doc__ is its function's.
Ref method_doc(Interpreter& interpreter, Value self) {
  return get_attribute(interpreter, as_method(self)->function.get(), interpreter.names.dunder_doc);
}

}  // namespace

int readonly_member(Interpreter& interpreter, Value, Value) {
  interpreter.set_exception(interpreter.AttributeError_type, "readonly attribute");
  return -1;
}

Ref new_getset_descriptor(Interpreter& interpreter, Type* owner, const GetSetDef& definition) {
  auto* descriptor = new GetSetDescriptor;
  descriptor->type = interpreter.getset_descriptor_type;
  descriptor->definition = definition;
  descriptor->owner = owner;
  return Ref::steal(Value::object(descriptor));
}

void add_getsets(Interpreter& interpreter, Type* type, std::initializer_list<GetSetDef> getsets) {
  for (const GetSetDef& definition : getsets) {
    Ref descriptor = new_getset_descriptor(interpreter, type, definition);
    dict_set_str(interpreter, type->dict.get(), interpreter.intern(definition.name), descriptor.get());
  }
}

Ref new_member_descriptor(Interpreter& interpreter, Value name, Type* owner, std::uint32_t index) {
  auto* member = new MemberDescriptor;
  member->type = interpreter.member_descriptor_type;
  member->name = Ref::borrow(name);
  member->owner = owner;
  member->index = index;
  return Ref::steal(Value::object(member));
}

Ref new_classmethod(Interpreter& interpreter, Value callable) {
  auto* wrapper = gc_new<WrapperObject>(interpreter, interpreter.classmethod_type);
  wrapper->callable = Ref::borrow(callable);
  return Ref::steal(Value::object(wrapper));
}

Ref new_method(Interpreter& interpreter, Value function, Value self) {
  auto* method = gc_new<MethodObject>(interpreter, interpreter.method_type);
  method->function = Ref::borrow(function);
  method->self = Ref::borrow(self);
  return Ref::steal(Value::object(method));
}

// Whether a callable is marked abstract (its __isabstractmethod__ is true):
// 1, 0, or -1 on error.
int is_abstract(Interpreter& interpreter, Value callable) {
  if (callable.is_null()) return 0;
  Ref flag;
  const int found = lookup_attribute(interpreter, callable, interpreter.intern("__isabstractmethod__"), flag);
  if (found <= 0) return found;
  return truth(interpreter, flag.get());
}

// property.__isabstractmethod__: whether any of its functions is abstract.
Ref property_is_abstract(Interpreter& interpreter, Value self) {
  const auto* property = static_cast<PropertyObject*>(self.as_object());
  for (const Ref* function : {&property->get, &property->set, &property->remove}) {
    const int abstract = is_abstract(interpreter, function->get());
    if (abstract != 0) return abstract < 0 ? Ref() : interpreter.new_boolean(true);
  }
  return interpreter.new_boolean(false);
}

// The attributes classmethod and staticmethod copy from their callable
// (functools.update_wrapper's WRAPPER_ASSIGNMENTS).
constexpr const char* wrapped_attributes[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

// The wrapper's attribute dict, made on first use with the callable's
// attributes copied in.
Value wrapper_attributes(Interpreter& interpreter, Value self) {
  WrapperObject* wrapper = as_wrapper(self);
  if (wrapper->dict) return wrapper->dict.get();
  Ref dict = new_dict(interpreter);
  for (const char* attribute : wrapped_attributes) {
    Ref value;
    const Value name = interpreter.intern(attribute);
    const int present = lookup_attribute(interpreter, wrapper->callable.get(), name, value);
    if (present < 0) return Value();
    if (present) dict_set_str(interpreter, dict.get(), name, value.get());
  }
  wrapper->dict = std::move(dict);
  return wrapper->dict.get();
}

// Attribute lookup of classmethod and staticmethod: the type's data
// descriptors, then the wrapper's attributes, then the rest.
Ref wrapper_get_attribute(Interpreter& interpreter, Value self, Value name) {
  const Value found = type_lookup(type_of(interpreter, self), name);
  if (found.is_null() || !type_of(interpreter, found)->descriptor_set) {
    const Value attributes = wrapper_attributes(interpreter, self);
    if (attributes.is_null()) return Ref();
    const Value own = dict_get_str(attributes, name);
    if (!own.is_null()) return Ref::borrow(own);
  }
  return object_get_attribute(interpreter, self, name);
}

int wrapper_set_attribute(Interpreter& interpreter, Value self, Value name, Value value) {
  const Value found = type_lookup(type_of(interpreter, self), name);
  if (!found.is_null() && type_of(interpreter, found)->descriptor_set)
    return type_of(interpreter, found)->descriptor_set(interpreter, found, self, value);
  const Value attributes = wrapper_attributes(interpreter, self);
  if (attributes.is_null()) return -1;
  if (!value.is_null()) return dict_set_item(interpreter, attributes, name, value) ? 0 : -1;
  if (dict_delete_item(interpreter, attributes, name) > 0) return 0;
  if (!interpreter.has_exception())
    interpreter.set_exception(interpreter.AttributeError_type, quoted_type_name(interpreter, self) +
                                                                   " object has no attribute " + str_repr_text(name));
  return -1;
}

Ref wrapper_dict(Interpreter& interpreter, Value self) {
  const Value attributes = wrapper_attributes(interpreter, self);
  return attributes.is_null() ? Ref() : Ref::borrow(attributes);
}

// "<staticmethod(<function f at 0x...>)>".
Ref wrapper_repr(Interpreter& interpreter, Value self) {
  Ref inner = repr(interpreter, as_wrapper(self)->callable.get());
  if (!inner) return Ref();
  const bool classmethod = is_subtype(type_of(interpreter, self), interpreter.classmethod_type);
  return new_str(interpreter, std::string(classmethod ? "<classmethod(" : "<staticmethod(") +
                                  std::string(str_utf8(inner.get())) + ")>");
}

// classmethod / staticmethod: __wrapped__ (the callable, as
// functools.wraps would set it) and __isabstractmethod__ (the callable's).
Ref wrapper_wrapped(Interpreter&, Value self) { return Ref::borrow(as_wrapper(self)->callable.get()); }
Ref wrapper_is_abstract(Interpreter& interpreter, Value self) {
  const int abstract = is_abstract(interpreter, as_wrapper(self)->callable.get());
  if (abstract < 0) return Ref();
  return interpreter.new_boolean(abstract != 0);
}

void init_descriptor_types(Interpreter& interpreter) {
  Type* getset = interpreter.getset_descriptor_type;
  getset->descriptor_get = &getset_get;
  getset->descriptor_set = &getset_set;
  getset->repr = &getset_repr;
  getset->deallocate = &deallocate<GetSetDescriptor>;

  Type* member = interpreter.member_descriptor_type;
  member->descriptor_get = &member_get;
  member->descriptor_set = &member_set;
  member->repr = &member_repr;
  member->deallocate = &deallocate<MemberDescriptor>;
  add_getsets(interpreter, member, {{"__name__", &member_name}, {"__objclass__", &member_objclass}});

  Type* property = interpreter.property_type;
  property->construct = &property_construct;
  property->descriptor_get = &property_get;
  property->descriptor_set = &property_set;
  property->deallocate = &container_deallocate<PropertyObject>;
  property->traverse = &property_traverse;
  property->clear = &property_clear;
  add_methods(interpreter, property,
              {{"getter", &property_getter},
               {"setter", &property_setter},
               {"deleter", &property_deleter},
               {"__set_name__", &property_set_name}});
  add_getsets(interpreter, property,
              {{"fget", &property_fget},
               {"fset", &property_fset},
               {"fdel", &property_fdel},
               {"__doc__", &property_doc},
               {"__isabstractmethod__", &property_is_abstract}});

  for (Type* type : {interpreter.classmethod_type, interpreter.staticmethod_type}) {
    type->construct = &wrapper_construct;
    type->deallocate = &container_deallocate<WrapperObject>;
    type->traverse = &wrapper_traverse;
    type->clear = &wrapper_clear;
    type->get_attribute = &wrapper_get_attribute;
    type->set_attribute = &wrapper_set_attribute;
    type->repr = &wrapper_repr;
    add_getsets(interpreter, type,
                {{"__func__", &wrapper_func},
                 {"__wrapped__", &wrapper_wrapped},
                 {"__isabstractmethod__", &wrapper_is_abstract},
                 {"__dict__", &wrapper_dict}});
  }
  interpreter.classmethod_type->descriptor_get = &classmethod_get;
  interpreter.staticmethod_type->descriptor_get = &staticmethod_get;
  interpreter.staticmethod_type->call = &staticmethod_call;

  Type* method = interpreter.method_type;
  method->construct = &method_construct;
  method->call = &method_call;
  method->repr = &method_repr;
  method->compare = &method_compare;
  method->get_attribute = &method_get_attribute;
  method->deallocate = &container_deallocate<MethodObject>;
  method->traverse = &method_traverse;
  method->weakrefable = true;
  add_getsets(interpreter, method, {{"__func__", &method_func}, {"__self__", &method_self}, {"__doc__", &method_doc}});
  add_methods(interpreter, method, {{"__reduce__", &method_reduce}});
}

}  // namespace krait::runtime
