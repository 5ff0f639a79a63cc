// Objects: the `object` type (the root of every class: generic attribute
// access, object.__new__/__init__, default repr, hash and equality) and the
// attribute storage of instances of classes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// An instance's own attributes. Instances of one class share its key table
// (Type::instance_keys, name -> slot), as CPython's split dicts do, so an
// attribute is a slot read once an inline cache knows the slot. Asking for
// `__dict__` moves the attributes into a real dict for good.
struct Attributes {
  Value* values = nullptr;  // owned, `capacity` slots, null = absent
  std::uint32_t capacity = 0;
  Ref dict;                 // once materialised, the attributes live here only
};

// The attributes of instances whose layout has no room for them: those of
// classes deriving from a built-in type other than object (a list, an int,
// an exception ...), whose types set `side_attributes`. An entry is made
// when the first attribute is stored and erased with its object.
struct SideAttributes {
  std::unordered_map<Object*, Attributes> table;
};

// An instance of a class whose layout is object's: the header and its attributes.
struct InstanceObject : Object {
  Attributes attributes;
};

// Frees the attributes (for deallocators of layouts that carry them).
void release_attributes(Attributes& attributes);

// The byte offset of a layout's `attributes` member, for
// Type::attributes_offset. offsetof on these non-standard-layout structs is
// conditionally supported; GCC and Clang support it.
template <class Layout>
constexpr std::size_t attributes_offset() {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  return offsetof(Layout, attributes);
#pragma GCC diagnostic pop
}

// Whether the type's instances have a __dict__: attribute storage that
// takes any name, not only __slots__ members.
bool has_instance_dict(const Type* type);

// The attribute storage of an object, or null when its type has none (or
// the object is in the side table and has stored nothing yet).
Attributes* side_attributes_of(Object* object);
inline Attributes* attributes_of(Object* object) {
  const Type* type = object->type;
  if (type->attributes_offset)
    return reinterpret_cast<Attributes*>(reinterpret_cast<char*>(object) + type->attributes_offset);
  return type->side_attributes ? side_attributes_of(object) : nullptr;
}
// The same, making the side-table entry when needed.
Attributes* attributes_for_store(Object* object);
// The deallocator of classes whose instances keep their attributes in the
// side table: the entry, then the built-in type's deallocator.
void side_attributes_deallocate(Interpreter& interpreter, Object* object);
// The same with the given deallocator, for built-in types whose instances
// keep a __dict__ in the side table (OrderedDict).
void side_attributes_deallocate_with(Interpreter& interpreter, Object* object, Deallocator deallocate);
// Frees what the side table holds (interpreter shutdown).
void release_side_attributes(Interpreter& interpreter);

// A __slots__ member (an attribute storage slot below the type's
// member_count): its value (borrowed, null when unset), and storing it
// (value null: clearing it; false when it was unset).
Value member_value(Object* object, std::uint32_t index);
bool store_member(Object* object, std::uint32_t index, Value value);
// The slot of `name` in the type's key table, or -1.
std::int64_t instance_key_slot(const Type* type, Value name);

// object.__getattribute__ and object.__setattr__ (PyObject_GenericGetAttr
// and PyObject_GenericSetAttr): data descriptors on the type, then the
// instance's attributes, then the type's other attributes.
Ref object_get_attribute(Interpreter& interpreter, Value self, Value name);
int object_set_attribute(Interpreter& interpreter, Value self, Value name, Value value);
// object_get_attribute under another name, for instances whose attributes
// are in the side table: the VM's inline caches, which let a type's
// version stand for its instances' attributes, pass them by.
Ref side_get_attribute(Interpreter& interpreter, Value self, Value name);
// The value stored in an instance's own attributes (borrowed), or null.
Value instance_attribute(Object* object, Value name);
// Whether the instance's __dict__ is empty or absent (CPython's
// _PyObject_IsInstanceDictEmpty), without materialising it.
bool instance_dict_empty(Value self);
// The instance's __dict__, materialised on first use (owned).
Ref instance_dict(Interpreter& interpreter, Value self);

// The getsets a class adds to its namespace for what its layout adds to
// its base's: __dict__ (the instance's attributes) and __weakref__.
void add_instance_getsets(Interpreter& interpreter, Type* type, bool add_dict, bool add_weakref);

// object.__new__ for `type`: a bare instance with the type's layout.
Ref new_instance(Interpreter& interpreter, Type* type);

void init_object_type(Interpreter& interpreter);

}  // namespace krait::runtime
