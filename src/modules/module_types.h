// Native modules: what the modules that define types share. Their types are
// made when the module is first imported (not at interpreter start); those
// a module's functions must reach again (to make a _grouper, a _tee, a
// cmp_to_key wrapper) are kept in IterModuleTypes, which the Interpreter
// holds. Every such object is a container: its struct names the references
// it owns in for_fields(), from which deallocation, the collector's traverse
// and clear are generated.
#pragma once

#include <string>
#include <string_view>

#include "objects/descriptor_object.h"
#include "objects/object_object.h"
#include "objects/type_object.h"
#include "runtime/interpreter.h"

namespace krait::modules {

// The types of itertools, _functools and _string that their functions
// make instances of (borrowed: the interpreter owns every type).
struct IterModuleTypes {
  // itertools
  runtime::Type* grouper = nullptr;
  runtime::Type* tee = nullptr;
  runtime::Type* tee_data = nullptr;
  // _functools
  runtime::Type* partial = nullptr;
  runtime::Type* key_wrapper = nullptr;
  runtime::Type* lru_link = nullptr;
  // _string
  runtime::Type* formatter_iterator = nullptr;
  runtime::Type* field_name_iterator = nullptr;
};

// The interpreter's IterModuleTypes, made on first use.
IterModuleTypes& iter_module_types(runtime::Interpreter& interpreter);

// Every iterator is its own iterator.
runtime::Ref iterator_self(runtime::Interpreter& interpreter, runtime::Value self);

template <class T>
T* as(runtime::Value value) {
  return static_cast<T*>(value.as_object());
}

// A layout with an `attributes` member (runtime::Attributes) gives its
// instances a __dict__.
template <class T>
constexpr bool has_attributes = requires(T& object) { object.attributes; };

template <class T>
void deallocate_container(runtime::Interpreter& interpreter, runtime::Object* object) {
  if constexpr (has_attributes<T>) runtime::release_attributes(static_cast<T*>(object)->attributes);
  runtime::gc_delete(interpreter, static_cast<T*>(object));
}

runtime::Ref instance_dict_getter(runtime::Interpreter& interpreter, runtime::Value self);
template <class T>
void traverse_container(runtime::Object* object, const runtime::Visitor& visit) {
  static_cast<T*>(object)->for_fields([&](const runtime::Ref& field) { visit(field); });
}
template <class T>
void clear_container(runtime::Interpreter&, runtime::Object* object) {
  static_cast<T*>(object)->for_fields([](runtime::Ref& field) { field = runtime::Ref(); });
}

// A native type named `name` ("itertools.chain") whose instances have the
// layout T; classes may derive from it. The caller sets its other slots,
// methods and getsets, then calls runtime::ready_native_type.
template <class T>
runtime::Type* new_container_type(runtime::Interpreter& interpreter, std::string name) {
  runtime::Type* type = runtime::new_native_type(interpreter, std::move(name), interpreter.object_type);
  type->deallocate = &deallocate_container<T>;
  type->traverse = &traverse_container<T>;
  type->clear = &clear_container<T>;
  type->subclassable = true;
  if constexpr (has_attributes<T>) {
    type->attributes_offset = runtime::attributes_offset<T>();
    runtime::add_getsets(interpreter, type, {{"__dict__", &instance_dict_getter}});
  }
  return type;
}

// The same for an iterator type: iter() returns itself, next() steps.
template <class T>
runtime::Type* new_iterator_type(runtime::Interpreter& interpreter, std::string name, runtime::UnarySlot next) {
  runtime::Type* type = new_container_type<T>(interpreter, std::move(name));
  type->iter = &iterator_self;
  type->next = next;
  return type;
}

// A new instance of layout T of `type` (a constructor's callee: the type
// itself, or a class deriving from it); the caller fills its fields.
template <class T>
T* new_instance(runtime::Interpreter& interpreter, runtime::Value type) {
  return runtime::gc_new<T>(interpreter, static_cast<runtime::Type*>(type.as_object()));
}

template <class T>
runtime::Ref owned(T* object) {
  return runtime::Ref::steal(runtime::Value::object(object));
}

// Sets a module's __doc__ to `text`.
void set_module_doc(runtime::Interpreter& interpreter, runtime::Value module, const char* text);

// The type's name as its instances' reprs show it ("count" for
// itertools.count, a class's own name for a subclass), as CPython's
// _PyType_Name.
std::string_view short_type_name(const runtime::Type* type);

}  // namespace krait::modules
