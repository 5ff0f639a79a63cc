// Native modules: _collections (CPython's Modules/_collectionsmodule.c),
// what Lib/collections builds on: deque (objects/deque_object.cpp) and
// defaultdict (objects/defaultdict_object.cpp), plus two speedups defined
// here: _count_elements, Counter's counting loop, and _tuplegetter, the
// descriptor namedtuple makes for each field; and OrderedDict
// (objects/ordereddict_object.cpp).
#include <string>

#include "objects/defaultdict_object.h"
#include "objects/deque_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/ordereddict_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// ---- _tuplegetter(index, doc): reads item `index` of a tuple instance ----

struct TupleGetter : runtime::Object {
  std::int64_t index = 0;
  Ref doc;
};

TupleGetter* as_tuple_getter(Value value) { return static_cast<TupleGetter*>(value.as_object()); }

Ref tuple_getter_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                           Value kwnames) {
  std::int64_t index = 0;
  if (!runtime::reject_keywords(interpreter, "_tuplegetter", kwnames) ||
      !runtime::check_argument_count(interpreter, "_tuplegetter", count, 2, 2) ||
      !runtime::index_argument(interpreter, arguments[0], index))
    return Ref();
  auto* getter = new TupleGetter;
  runtime::set_object_type(getter, static_cast<Type*>(callee.as_object()));
  getter->index = index;
  getter->doc = Ref::borrow(arguments[1]);
  return Ref::steal(Value::object(getter));
}

void tuple_getter_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<TupleGetter*>(object); }

Ref tuple_getter_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null() || instance == interpreter.none()) return Ref::borrow(self);
  const std::int64_t index = as_tuple_getter(self)->index;
  if (!runtime::is_tuple(interpreter, instance) &&
      !runtime::is_subtype(runtime::type_of(interpreter, instance), interpreter.tuple_type))
    return interpreter.raise(interpreter.TypeError_type,
                             "descriptor for index '" + std::to_string(index) +
                                 "' for tuple subclasses doesn't apply to '" +
                                 std::string(runtime::type_name(interpreter, instance)) + "' object");
  const runtime::TupleObject* tuple = runtime::as_tuple(instance);
  if (index < 0 || index >= tuple->size) return interpreter.raise(interpreter.IndexError_type, "tuple index out of range");
  return Ref::borrow(tuple->items()[index]);
}

int tuple_getter_set(Interpreter& interpreter, Value, Value, Value value) {
  interpreter.set_exception(interpreter.AttributeError_type,
                            value.is_null() ? "can't delete attribute" : "can't set attribute");
  return -1;
}

Ref tuple_getter_repr(Interpreter& interpreter, Value self) {
  Ref doc = runtime::repr(interpreter, as_tuple_getter(self)->doc.get());
  if (!doc) return Ref();
  return runtime::new_str(interpreter, "_tuplegetter(" + std::to_string(as_tuple_getter(self)->index) + ", " +
                                           std::string(runtime::str_utf8(doc.get())) + ")");
}

Ref tuple_getter_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_tuplegetter.__reduce__", count, kwnames)) return Ref();
  Ref index = runtime::new_int(interpreter, as_tuple_getter(self)->index);
  const Value pair[] = {index.get(), as_tuple_getter(self)->doc.get()};
  Ref arguments = runtime::new_tuple(interpreter, pair);
  const Value result[] = {Value::object(self.as_object()->type), arguments.get()};
  return runtime::new_tuple(interpreter, result);
}

Ref tuple_getter_doc(Interpreter&, Value self) { return Ref::borrow(as_tuple_getter(self)->doc.get()); }

int tuple_getter_set_doc(Interpreter& interpreter, Value self, Value value) {
  as_tuple_getter(self)->doc = Ref::borrow(value.is_null() ? interpreter.none() : value);
  return 0;
}

Type* new_tuple_getter_type(Interpreter& interpreter) {
  Type* type = runtime::new_native_type(interpreter, "_collections._tuplegetter", interpreter.object_type);
  type->construct = &tuple_getter_construct;
  type->deallocate = &tuple_getter_deallocate;
  type->descriptor_get = &tuple_getter_get;
  type->descriptor_set = &tuple_getter_set;
  type->repr = &tuple_getter_repr;
  runtime::add_methods(interpreter, type, {{"__reduce__", &tuple_getter_reduce}});
  runtime::add_getsets(interpreter, type, {{"__doc__", &tuple_getter_doc, &tuple_getter_set_doc}});
  runtime::ready_native_type(interpreter, type);
  return type;
}

// ---- _count_elements(mapping, iterable) ----

// mapping[item] = mapping.get(item, 0) + 1 for each item. A dict (or a
// subclass keeping dict's get and __setitem__, as Counter) is updated
// directly.
Ref count_elements(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_count_elements", kwnames) ||
      !runtime::check_argument_count(interpreter, "_count_elements", count, 2, 2))
    return Ref();
  const Value mapping = arguments[0];
  const Type* type = runtime::type_of(interpreter, mapping);
  const Value get_name = interpreter.intern("get");
  const Value set_name = interpreter.intern("__setitem__");
  const Type* dict = interpreter.dict_type;
  const bool direct = runtime::is_dict(interpreter, mapping) &&
                      runtime::type_lookup(type, get_name) == runtime::type_lookup(dict, get_name) &&
                      runtime::type_lookup(type, set_name) == runtime::type_lookup(dict, set_name);
  Ref get;
  if (!direct) {
    get = runtime::get_attribute(interpreter, mapping, get_name);
    if (!get) return Ref();
  }
  Ref iterator = runtime::get_iterator(interpreter, arguments[1]);
  if (!iterator) return Ref();
  const Value one = Value::small_int(1);
  while (Ref item = runtime::iterator_next(interpreter, iterator.get())) {
    Ref old;
    if (direct) {
      Value found;
      const int present = runtime::dict_lookup(interpreter, mapping, item.get(), found);
      if (present < 0) return Ref();
      if (present == 0) {
        if (!runtime::dict_set_item(interpreter, mapping, item.get(), one)) return Ref();
        continue;
      }
      old = Ref::borrow(found);
    } else {
      const Value get_arguments[] = {item.get(), Value::small_int(0)};
      old = runtime::call(interpreter, get.get(), get_arguments, 2);
      if (!old) return Ref();
    }
    Ref incremented = runtime::binary_operation(interpreter, runtime::BinaryOperator::ADD, old.get(), one, false);
    if (!incremented || !runtime::set_item(interpreter, mapping, item.get(), incremented.get())) return Ref();
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_none();
}

}  // namespace

Ref create_collections_module(Interpreter& interpreter) {
  auto& types = interpreter.collections_types;
  if (!types.deque) {
    runtime::init_deque_types(interpreter);
    runtime::init_defaultdict_type(interpreter);
    runtime::init_ordereddict_type(interpreter);
    types.tuplegetter = new_tuple_getter_type(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "_collections");
  const Value collections = module.get();
  runtime::add_module_functions(interpreter, collections, {{"_count_elements", &count_elements}});
  runtime::module_set(interpreter, collections, "deque", Value::object(types.deque));
  runtime::module_set(interpreter, collections, "defaultdict", Value::object(types.defaultdict));
  runtime::module_set(interpreter, collections, "_deque_iterator", Value::object(types.deque_iterator));
  runtime::module_set(interpreter, collections, "_deque_reverse_iterator",
                      Value::object(types.deque_reverse_iterator));
  runtime::module_set(interpreter, collections, "_tuplegetter", Value::object(types.tuplegetter));
  runtime::module_set(interpreter, collections, "OrderedDict", Value::object(types.ordereddict));
  return module;
}

}  // namespace krait::modules
