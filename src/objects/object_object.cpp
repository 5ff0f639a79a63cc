// Objects: the `object` type and instance attributes (see object_object.h).
#include "objects/object_object.h"

#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/list_sort.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {

void release_attributes(Attributes& attributes) {
  Value* values = attributes.values;
  const std::uint32_t capacity = attributes.capacity;
  attributes.values = nullptr;
  attributes.capacity = 0;
  for (std::uint32_t i = 0; i < capacity; ++i) decref(values[i]);
  std::free(values);
  attributes.dict = Ref();
}

namespace {

void instance_deallocate(Interpreter& interpreter, Object* object) {
  auto* instance = static_cast<InstanceObject*>(object);
  release_attributes(instance->attributes);
  gc_delete(interpreter, instance);
}

// An instance owns only its attributes, which the collector visits for
// every layout that has some (traverse_object).
void instance_traverse(Object*, const Visitor&) {}

Ref raise_no_attribute(Interpreter& interpreter, Value self, Value name) {
  return interpreter.raise(interpreter.AttributeError_type, quoted_type_name(interpreter, self) +
                                                                " object has no attribute " + str_repr_text(name));
}

// The slot for `name` in the type's key table, adding it when missing (a
// new key renews the type's version: caches that saw the table go stale).
// Slots below member_count belong to __slots__ members.
std::int64_t add_instance_key(Interpreter& interpreter, Type* type, Value name) {
  if (!type->instance_keys) type->instance_keys = new_dict(interpreter);
  const Value slot = dict_get_str(type->instance_keys.get(), name);
  if (!slot.is_null()) return slot.as_small_int();
  const auto next = static_cast<std::int64_t>(type->member_count + as_dict(type->instance_keys.get())->used);
  dict_set_str(interpreter, type->instance_keys.get(), name, Value::small_int(next));
  type->version = interpreter.next_type_version();
  return next;
}

// Makes room for slot `index`, and for every key the class has seen, so
// later instances start sized.
void reserve_slot(const Type* type, Attributes& attributes, std::int64_t index) {
  if (index < attributes.capacity) return;
  std::uint32_t capacity = type->member_count;
  if (type->instance_keys) capacity += static_cast<std::uint32_t>(as_dict(type->instance_keys.get())->used);
  if (capacity < index + 1) capacity = static_cast<std::uint32_t>(index + 1);
  if (capacity < 4) capacity = 4;
  auto* values = static_cast<Value*>(std::realloc(attributes.values, capacity * sizeof(Value)));
  for (std::uint32_t i = attributes.capacity; i < capacity; ++i) values[i] = Value();
  attributes.values = values;
  attributes.capacity = capacity;
}

// Replaces the value in a slot (value owned by the caller: a new reference
// is taken; null clears it).
void set_slot(Attributes& attributes, std::int64_t index, Value value) {
  incref(value);
  Value old = attributes.values[index];
  attributes.values[index] = value;
  decref(old);
}

// Stores (value non-null) or deletes an instance attribute. 1 done, 0 a
// deletion of a missing attribute, -1 error. Instances in the side table
// keep their attributes in a dict from the start (the VM's inline caches
// know slots only of attributes stored inline).
int store_instance_attribute(Interpreter& interpreter, Object* object, Attributes& attributes, Value name, Value value) {
  Type* type = object->type;
  if (!attributes.dict && type->side_attributes && !value.is_null()) attributes.dict = new_dict(interpreter);
  if (attributes.dict) {
    if (value.is_null()) return dict_delete_item(interpreter, attributes.dict.get(), name);
    return dict_set_item(interpreter, attributes.dict.get(), name, value) ? 1 : -1;
  }
  if (value.is_null()) {
    const std::int64_t slot = instance_key_slot(type, name);
    if (slot < 0 || slot >= attributes.capacity || attributes.values[slot].is_null()) return 0;
    set_slot(attributes, slot, Value());
    return 1;
  }
  const std::int64_t slot = add_instance_key(interpreter, type, name);
  reserve_slot(type, attributes, slot);
  set_slot(attributes, slot, value);
  return 1;
}

bool is_data_descriptor(const Type* type) { return type->descriptor_set != nullptr; }

Ref object_new(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames);
Ref object_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

// TypeError "Can't instantiate abstract class A with abstract methods f, g"
// (the names of __abstractmethods__, sorted).
Ref raise_abstract_instantiation(Interpreter& interpreter, Type* type) {
  Ref methods = get_attribute(interpreter, Value::object(type), interpreter.intern("__abstractmethods__"));
  if (!methods) return Ref();
  Ref names = new_list(interpreter, {});
  if (!list_extend(interpreter, names.get(), methods.get()) || !list_sort(interpreter, names.get(), Value(), false))
    return Ref();
  std::string joined;
  for (Value name : as_list(names.get())->items) {
    Ref text = str(interpreter, name);
    if (!text) return Ref();
    joined += (joined.empty() ? "" : ", ") + std::string(str_utf8(text.get()));
  }
  const bool plural = as_list(names.get())->items.size() != 1;
  return interpreter.raise(interpreter.TypeError_type, "Can't instantiate abstract class " + type->name +
                                                           " with abstract method" + (plural ? "s " : " ") + joined);
}

// object.__new__ rejects arguments unless __init__ was overridden (and
// __new__ was not), as CPython's object_new.
Ref object_new(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  if (count || keyword_count(kwnames)) {
    if (type->construct != &object_new)
      return interpreter.raise(interpreter.TypeError_type,
                               "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->initialize == &object_init)
      return interpreter.raise(interpreter.TypeError_type, type->name + "() takes no arguments");
  }
  if (type->attributes_offset != attributes_offset<InstanceObject>() && type != interpreter.object_type)
    return interpreter.raise(interpreter.TypeError_type, "object.__new__(" + type->name + ") is not safe, use " +
                                                             type->name + ".__new__()");
  if (type->is_abstract) return raise_abstract_instantiation(interpreter, type);
  return new_instance(interpreter, type);
}

Ref object_init(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  const Type* type = type_of(interpreter, self);
  if (count || keyword_count(kwnames)) {
    if (type->initialize != &object_init)
      return interpreter.raise(interpreter.TypeError_type,
                               "object.__init__() takes exactly one argument (the instance to initialize)");
    if (type->construct == &object_new)
      return interpreter.raise(interpreter.TypeError_type,
                               type->name + ".__init__() takes exactly one argument (the instance to initialize)");
  }
  return interpreter.new_none();
}

Ref object_repr(Interpreter& interpreter, Value self) {
  const Type* type = type_of(interpreter, self);
  std::string module;
  if (type->is_heap_type) {
    const Value name = dict_get_str(type->dict.get(), interpreter.names.dunder_module);
    if (!name.is_null() && type_of(interpreter, name) == interpreter.str_type) module = std::string(str_utf8(name)) + ".";
  }
  // A built-in type shows its full name, a native module's type with the
  // module ("<_csv.Dialect object at ...>"), as CPython's tp_name.
  if (!type->is_heap_type)
    return new_str(interpreter, "<" + type->name + " object at " + address_text(self.as_object()) + ">");
  Ref qualname = get_attribute(interpreter, Value::object(const_cast<Type*>(type)), interpreter.names.dunder_qualname);
  if (!qualname) return Ref();
  return new_str(interpreter, "<" + module + std::string(str_utf8(qualname.get())) + " object at " +
                                  address_text(self.as_object()) + ">");
}

Ref object_str(Interpreter& interpreter, Value self) {
  const UnarySlot repr_slot = type_of(interpreter, self)->repr;
  return repr_slot ? repr_slot(interpreter, self) : object_repr(interpreter, self);
}

// _Py_HashPointer: the address rotated by 4 bits (objects are aligned).
std::int64_t object_hash(Interpreter&, Value self) {
  const auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(self.as_object()));
  auto hash = static_cast<std::int64_t>((bits >> 4) | (bits << 60));
  return hash == -1 ? -2 : hash;
}

// object.__eq__ is identity; __ne__ inverts __eq__ unless NotImplemented.
Ref object_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if (op == CompareOp::Eq) return Ref::borrow(self == other ? interpreter.boolean(true) : interpreter.not_implemented());
  if (op == CompareOp::Ne) {
    const CompareSlot slot = type_of(interpreter, self)->compare;
    if (slot == &object_compare) return Ref::borrow(self == other ? interpreter.boolean(false) : interpreter.not_implemented());
    Ref equal = slot(interpreter, self, other, CompareOp::Eq);
    if (!equal || equal.get() == interpreter.not_implemented()) return equal;
    const int truth_value = truth(interpreter, equal.get());
    if (truth_value < 0) return Ref();
    return interpreter.new_boolean(!truth_value);
  }
  return Ref::borrow(interpreter.not_implemented());
}

// object.__init_subclass__(cls): the end of the chain of __init_subclass__
// calls, which takes no arguments (a class method: cls first).
Ref object_init_subclass(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Ref name = get_attribute(interpreter, arguments[0], interpreter.names.dunder_qualname);
  if (!name) return Ref();
  const std::string function = std::string(str_utf8(name.get())) + ".__init_subclass__";
  if (!reject_keywords(interpreter, function, kwnames) || !check_positional(interpreter, function, count - 1, 0, 0))
    return Ref();
  return interpreter.new_none();
}

// object.__subclasshook__(cls, subclass): no opinion.
Ref object_subclasshook(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return Ref::borrow(interpreter.not_implemented());
}

// object.__sizeof__(): the instance's size in bytes, as CPython counts it
// (the header and the attribute slots; a rough figure, as in CPython).
Ref object_sizeof(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  // Named as the built-in type whose __sizeof__ CPython would run.
  const Type* builtin = type_of(interpreter, self);
  while (builtin->is_heap_type) builtin = builtin->base;
  if (!check_no_arguments(interpreter, builtin->name + ".__sizeof__", count, kwnames)) return Ref();
  std::int64_t size = 16;
  if (self.is_object()) {
    const Attributes* attributes = attributes_of(self.as_object());
    if (attributes) size += 16 + 8 * static_cast<std::int64_t>(attributes->capacity);
  }
  return new_int(interpreter, size);
}

Ref object_class(Interpreter& interpreter, Value self) { return Ref::borrow(Value::object(type_of(interpreter, self))); }

// Whether instances of the two classes are laid out alike (CPython's
// compatible_for_assignment): the same storage and the same __slots__.
bool same_layout(Interpreter& interpreter, const Type* from, const Type* to) {
  if (from->deallocate != to->deallocate || from->attributes_offset != to->attributes_offset ||
      from->member_count != to->member_count || from->slots_only != to->slots_only ||
      has_instance_dict(from) != has_instance_dict(to))
    return false;
  if (from->member_count == 0) return true;
  const Value from_slots = dict_get_str(from->dict.get(), interpreter.names.dunder_slots);
  const Value to_slots = dict_get_str(to->dict.get(), interpreter.names.dunder_slots);
  if (from_slots.is_null() || to_slots.is_null()) return false;
  Ref equal = compare(interpreter, from_slots, to_slots, CompareOp::Eq);
  if (!equal) {
    Ref ignored = interpreter.take_exception();
    return false;
  }
  return equal.get() == interpreter.boolean(true);
}

// obj.__class__ = cls (object_set_class), between classes of one layout.
// The attributes move into a dict first: a key table belongs to one class.
int object_class_set(Interpreter& interpreter, Value self, Value value) {
  auto fail = [&](const std::string& message) {
    interpreter.set_exception(interpreter.TypeError_type, message);
    return -1;
  };
  if (value.is_null()) return fail("can't delete __class__ attribute");
  if (!is_subtype(type_of(interpreter, value), interpreter.type_type))
    return fail("__class__ must be set to a class, not " + quoted_type_name(interpreter, value) + " object");
  Type* from = type_of(interpreter, self);
  Type* to = static_cast<Type*>(value.as_object());
  const bool modules = is_subtype(from, interpreter.module_type) && is_subtype(to, interpreter.module_type);
  if ((!from->is_heap_type || !to->is_heap_type) && !modules)
    return fail("__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (!same_layout(interpreter, from, to))
    return fail("__class__ assignment: '" + to->name + "' object layout differs from '" + from->name + "'");
  if (has_instance_dict(from) && attributes_of(self.as_object()) && !instance_dict(interpreter, self)) return -1;
  // An instance holds a reference to its class only when it is a heap type
  // (a module's class may be the built-in one on either side).
  if (to->is_heap_type) incref(value);
  self.as_object()->type = to;
  if (from->is_heap_type) decref(Value::object(from));
  return 0;
}

// object.__dir__(): the instance's __dict__ keys and its class's names
// (CPython's object___dir___impl).
Ref object_dir(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "__dir__", kwnames) || !check_positional(interpreter, "__dir__", count, 0, 0))
    return Ref();
  Ref own;
  if (lookup_attribute(interpreter, self, interpreter.names.dunder_dict, own) < 0) return Ref();
  Ref names = own && is_dict(interpreter, own.get()) ? dict_copy(interpreter, own.get()) : new_dict(interpreter);
  Ref cls;
  const int found = lookup_attribute(interpreter, self, interpreter.names.dunder_class, cls);
  if (found < 0) return Ref();
  if (found && is_subtype(type_of(interpreter, cls.get()), interpreter.type_type))
    add_class_names(interpreter, names.get(), static_cast<Type*>(cls.get().as_object()));
  Ref list = new_list(interpreter, {});
  if (!list_extend(interpreter, list.get(), names.get())) return Ref();
  return list;
}

}  // namespace

bool has_instance_dict(const Type* type) {
  return (type->attributes_offset || type->side_attributes) && !type->slots_only;
}

Attributes* side_attributes_of(Object* object) {
  const Type* type = object->type;
  if (!type->side_attributes) return nullptr;
  auto& table = type->interpreter->side_attributes->table;
  auto found = table.find(object);
  return found == table.end() ? nullptr : &found->second;
}

Attributes* attributes_for_store(Object* object) {
  const Type* type = object->type;
  if (!type->side_attributes) return attributes_of(object);
  return &type->interpreter->side_attributes->table[object];
}

void side_attributes_deallocate(Interpreter& interpreter, Object* object) {
  const Type* builtin = object->type;
  while (builtin->is_heap_type) builtin = builtin->base;
  side_attributes_deallocate_with(interpreter, object, builtin->deallocate);
}

void side_attributes_deallocate_with(Interpreter& interpreter, Object* object, Deallocator deallocate) {
  // Out of the table first: releasing the attributes may free other
  // instances, which erase their own entries.
  Attributes attributes;
  auto& table = interpreter.side_attributes->table;
  auto found = table.find(object);
  if (found != table.end()) {
    attributes = std::move(found->second);
    table.erase(found);
  }
  deallocate(interpreter, object);
  release_attributes(attributes);
}

void release_side_attributes(Interpreter& interpreter) {
  auto& table = interpreter.side_attributes->table;
  while (!table.empty()) {
    std::unordered_map<Object*, Attributes> left = std::move(table);
    table.clear();
    for (auto& [object, attributes] : left) release_attributes(attributes);
  }
}

bool instance_dict_empty(Value self) {
  if (!self.is_object() || !has_instance_dict(self.as_object()->type)) return true;
  const Attributes* attributes = attributes_of(self.as_object());
  if (!attributes) return true;
  if (attributes->dict) return as_dict(attributes->dict.get())->used == 0;
  for (std::uint32_t i = self.as_object()->type->member_count; i < attributes->capacity; ++i)
    if (!attributes->values[i].is_null()) return false;
  return true;
}

Value member_value(Object* object, std::uint32_t index) {
  const Attributes* attributes = attributes_of(object);
  return attributes && index < attributes->capacity ? attributes->values[index] : Value();
}

bool store_member(Object* object, std::uint32_t index, Value value) {
  Attributes* attributes = value.is_null() ? attributes_of(object) : attributes_for_store(object);
  if (value.is_null() && (!attributes || index >= attributes->capacity || attributes->values[index].is_null()))
    return false;
  reserve_slot(object->type, *attributes, index);
  set_slot(*attributes, index, value);
  return true;
}

std::int64_t instance_key_slot(const Type* type, Value name) {
  if (!type->instance_keys) return -1;
  const Value slot = dict_get_str(type->instance_keys.get(), name);
  return slot.is_null() ? -1 : slot.as_small_int();
}

Value instance_attribute(Object* object, Value name) {
  Attributes* attributes = attributes_of(object);
  if (!attributes) return Value();
  if (attributes->dict) return dict_get_str(attributes->dict.get(), name);
  const std::int64_t slot = instance_key_slot(object->type, name);
  return slot < 0 || slot >= attributes->capacity ? Value() : attributes->values[slot];
}

Ref instance_dict(Interpreter& interpreter, Value self) {
  Object* object = self.as_object();
  const Type* type = object->type;
  Attributes* attributes = has_instance_dict(type) ? attributes_for_store(object) : nullptr;
  if (!attributes) return raise_no_attribute(interpreter, self, interpreter.names.dunder_dict);
  if (!attributes->dict) {
    // The attributes move into the dict; __slots__ members stay in their slots.
    Ref dict = new_dict(interpreter);
    if (type->instance_keys) {
      std::size_t position = 0;
      Value key, slot;
      while (dict_next(type->instance_keys.get(), position, key, slot)) {
        const std::int64_t index = slot.as_small_int();
        if (index >= attributes->capacity || attributes->values[index].is_null()) continue;
        dict_set_str(interpreter, dict.get(), key, attributes->values[index]);
        set_slot(*attributes, index, Value());
      }
    }
    if (type->member_count == 0) release_attributes(*attributes);
    attributes->dict = std::move(dict);
  }
  return Ref::borrow(attributes->dict.get());
}

// The __dict__ getset of classes: the instance's attributes as a dict;
// assigning a dict replaces them (deleting empties them).
Ref instance_dict_get(Interpreter& interpreter, Value self) { return instance_dict(interpreter, self); }

int instance_dict_set(Interpreter& interpreter, Value self, Value value) {
  if (!value.is_null() && !is_subtype(type_of(interpreter, value), interpreter.dict_type)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "__dict__ must be set to a dictionary, not a " + quoted_type_name(interpreter, value));
    return -1;
  }
  if (!instance_dict(interpreter, self)) return -1;
  attributes_of(self.as_object())->dict = value.is_null() ? new_dict(interpreter) : Ref::borrow(value);
  return 0;
}

// The __weakref__ getset: the first weak reference to the instance, or None.
Ref instance_weakref_get(Interpreter& interpreter, Value self) {
  WeakReference* first = self.is_object() ? weak_references_of(interpreter, self.as_object()) : nullptr;
  return first ? Ref::borrow(Value::object(first)) : interpreter.new_none();
}

Ref object_get_attribute(Interpreter& interpreter, Value self, Value name) {
  Type* type = type_of(interpreter, self);
  const Value found = type_lookup(type, name);
  DescriptorGetSlot getter = nullptr;
  if (!found.is_null()) {
    const Type* found_type = type_of(interpreter, found);
    getter = found_type->descriptor_get;
    if (getter && is_data_descriptor(found_type)) return getter(interpreter, found, self, Value::object(type));
  }
  if (self.is_object()) {
    // The name may be a str that is not interned (getattr(obj, "__dict__")).
    if (str_equal(name, interpreter.names.dunder_dict) && has_instance_dict(type)) return instance_dict(interpreter, self);
    const Value own = instance_attribute(self.as_object(), name);
    if (!own.is_null()) return Ref::borrow(own);
  }
  if (getter) return getter(interpreter, found, self, Value::object(type));
  if (!found.is_null()) return Ref::borrow(found);
  return raise_no_attribute(interpreter, self, name);
}

Ref side_get_attribute(Interpreter& interpreter, Value self, Value name) {
  return object_get_attribute(interpreter, self, name);
}

int object_set_attribute(Interpreter& interpreter, Value self, Value name, Value value) {
  const Type* type = type_of(interpreter, self);
  const Value found = type_lookup(type, name);
  if (!found.is_null()) {
    const DescriptorSetSlot setter = type_of(interpreter, found)->descriptor_set;
    if (setter) return setter(interpreter, found, self, value);
  }
  if (!self.is_object() || !has_instance_dict(type)) {
    if (!found.is_null())
      interpreter.set_exception(interpreter.AttributeError_type, quoted_type_name(interpreter, self) +
                                                                     " object attribute " + str_repr_text(name) +
                                                                     " is read-only");
    else
      interpreter.set_exception(interpreter.AttributeError_type, quoted_type_name(interpreter, self) +
                                                                     " object has no attribute " + str_repr_text(name));
    return -1;
  }
  Attributes* attributes = value.is_null() ? attributes_of(self.as_object()) : attributes_for_store(self.as_object());
  const int stored = attributes ? store_instance_attribute(interpreter, self.as_object(), *attributes, name, value) : 0;
  if (stored < 0) return -1;
  if (stored == 0) {
    const Ref nothing = raise_no_attribute(interpreter, self, name);
    return -1;
  }
  return 0;
}

void add_instance_getsets(Interpreter& interpreter, Type* type, bool add_dict, bool add_weakref) {
  const std::pair<bool, GetSetDef> getsets[] = {{add_dict, {"__dict__", &instance_dict_get, &instance_dict_set}},
                                                {add_weakref, {"__weakref__", &instance_weakref_get}}};
  for (const auto& [wanted, definition] : getsets) {
    const Value name = interpreter.intern(definition.name);
    if (!wanted || !dict_get_str(type->dict.get(), name).is_null()) continue;
    Ref descriptor = new_getset_descriptor(interpreter, type, definition);
    dict_set_str(interpreter, type->dict.get(), name, descriptor.get());
  }
}

Ref new_instance(Interpreter& interpreter, Type* type) {
  auto* instance = gc_new<InstanceObject>(interpreter, type);
  // A bare object() holds nothing: never part of a cycle.
  if (type == interpreter.object_type) gc_untrack(instance);
  // Room for the attributes instances of the class had so far, so that
  // __init__'s stores hit the inline caches at once.
  if (type->member_count || type->instance_keys) reserve_slot(type, instance->attributes, 0);
  return Ref::steal(Value::object(instance));
}

void init_object_type(Interpreter& interpreter) {
  Type* type = interpreter.object_type;
  type->construct = &object_new;
  type->initialize = &object_init;
  type->repr = &object_repr;
  type->str = &object_str;
  type->hash = &object_hash;
  type->compare = &object_compare;
  type->get_attribute = &object_get_attribute;
  type->set_attribute = &object_set_attribute;
  type->deallocate = &instance_deallocate;
  type->traverse = &instance_traverse;
  add_getsets(interpreter, type, {{"__class__", &object_class, &object_class_set}});
  add_methods(interpreter, type,
              {{"__dir__", &object_dir},
               {"__sizeof__", &object_sizeof}});
  add_class_methods(interpreter, type,
                    {{"__init_subclass__", &object_init_subclass}, {"__subclasshook__", &object_subclasshook}});
  add_object_reduce_methods(interpreter, type);
}

}  // namespace krait::runtime
