// Objects: collections.defaultdict (CPython's defdict in
// Modules/_collectionsmodule.c), a dict subclass whose __missing__ stores
// and returns default_factory() for a missing key. dict's own subscript
// calls __missing__ for dict subclasses, so only the missing case costs a
// call. The _collections module creates the type on first import.
#include <algorithm>
#include <string>

#include "objects/defaultdict_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/generic_alias_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct DefaultDictObject : DictObject {
  Value default_factory;  // owned; null reads as None
};

DefaultDictObject* as_defaultdict(Value value) { return static_cast<DefaultDictObject*>(value.as_object()); }

bool is_defaultdict(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.collections_types.defaultdict);
}

Value factory_or_none(Interpreter& interpreter, Value self) {
  const Value factory = as_defaultdict(self)->default_factory;
  return factory.is_null() ? interpreter.none() : factory;
}

Ref defaultdict_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  DefaultDictObject* dict = gc_new<DefaultDictObject>(interpreter, static_cast<Type*>(callee.as_object()));
  dict->keys_version = interpreter.next_keys_version();
  return Ref::steal(Value::object(dict));
}

void defaultdict_traverse(Object* object, const Visitor& visit) {
  visit(static_cast<DefaultDictObject*>(object)->default_factory);
  object->type->interpreter->dict_type->traverse(object, visit);
}

void defaultdict_clear(Interpreter& interpreter, Object* object) {
  decref(std::exchange(static_cast<DefaultDictObject*>(object)->default_factory, Value()));
  interpreter.dict_type->clear(interpreter, object);
}

void defaultdict_deallocate(Interpreter& interpreter, Object* object) {
  decref(std::exchange(static_cast<DefaultDictObject*>(object)->default_factory, Value()));
  interpreter.dict_type->deallocate(interpreter, object);
}

// defaultdict(default_factory=None, /, ...): the rest go to dict.__init__.
Ref defaultdict_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value factory = interpreter.none();
  if (count > 0) {
    factory = arguments[0];
    if (factory != interpreter.none() && type_of(interpreter, factory)->call == nullptr)
      return interpreter.raise(interpreter.TypeError_type, "first argument must be callable or None");
    ++arguments;
    --count;
  }
  incref(factory);
  decref(std::exchange(as_defaultdict(self)->default_factory, factory));
  return interpreter.dict_type->initialize(interpreter, self, arguments, count, kwnames);
}

// type(self)(self.default_factory, source): how copy() and | make their
// result, so a subclass gets its own class.
Ref new_like(Interpreter& interpreter, Value self, Value source) {
  const Value arguments[] = {factory_or_none(interpreter, self), source};
  return call(interpreter, Value::object(self.as_object()->type), arguments, 2);
}

Ref defaultdict_repr(Interpreter& interpreter, Value self) {
  Ref base = interpreter.dict_type->repr(interpreter, self);
  if (!base) return Ref();
  const Value factory = factory_or_none(interpreter, self);
  std::string factory_text = "...";
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), factory) == active.end()) {
    active.push_back(factory);
    Ref shown = repr(interpreter, factory);
    active.pop_back();
    if (!shown) return Ref();
    factory_text = str_utf8(shown.get());
  }
  const std::string& name = self.as_object()->type->name;
  return new_str(interpreter, name.substr(name.rfind('.') + 1) + "(" + factory_text + ", " +
                                  std::string(str_utf8(base.get())) + ")");
}

// self | other and other | self, for any dict other (CPython's defdict_or).
Ref defaultdict_or(Interpreter& interpreter, Value left, Value right) {
  const bool left_is_self = is_defaultdict(interpreter, left);
  const Value self = left_is_self ? left : right;
  if (!is_dict(interpreter, left_is_self ? right : left)) return Ref::borrow(interpreter.not_implemented());
  Ref result = new_like(interpreter, self, left);
  if (!result || !dict_update(interpreter, result.get(), right)) return Ref();
  return result;
}

Ref defaultdict_missing(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  if (!check_one_argument(interpreter, "defaultdict.__missing__", count, kwnames)) return Ref();
  const Value factory = as_defaultdict(self)->default_factory;
  if (factory.is_null() || factory == interpreter.none()) return raise_key_error(interpreter, arguments[0]);
  Ref value = call(interpreter, factory, nullptr, 0);
  if (!value || !set_item(interpreter, self, arguments[0], value.get())) return Ref();
  return value;
}

Ref defaultdict_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "defaultdict.copy", count, kwnames)) return Ref();
  return new_like(interpreter, self, self);
}

// (type(d), (factory,) or (), None, None, iter(d.items())).
Ref defaultdict_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "defaultdict.__reduce__", count, kwnames)) return Ref();
  const Value factory = as_defaultdict(self)->default_factory;
  Ref arguments = factory.is_null() || factory == interpreter.none() ? new_tuple(interpreter, {})
                                                                     : new_tuple(interpreter, {&factory, 1});
  Ref items = call_method(interpreter, self, interpreter.intern("items"), nullptr, 0);
  if (!items) return Ref();
  Ref iterator = get_iterator(interpreter, items.get());
  if (!iterator) return Ref();
  const Value parts[] = {Value::object(self.as_object()->type), arguments.get(), interpreter.none(),
                         interpreter.none(), iterator.get()};
  return new_tuple(interpreter, parts);
}

Ref factory_get(Interpreter& interpreter, Value self) { return Ref::borrow(factory_or_none(interpreter, self)); }

int factory_set(Interpreter&, Value self, Value value) {
  incref(value);
  decref(std::exchange(as_defaultdict(self)->default_factory, value));
  return 0;
}

}  // namespace

void init_defaultdict_type(Interpreter& interpreter) {
  Type* type = new_native_type(interpreter, "collections.defaultdict", interpreter.dict_type);
  type->subclassable = true;
  type->construct = &defaultdict_construct;
  type->initialize = &defaultdict_initialize;
  type->traverse = &defaultdict_traverse;
  type->clear = &defaultdict_clear;
  type->deallocate = &defaultdict_deallocate;
  type->repr = &defaultdict_repr;
  type->bitwise_or = &defaultdict_or;
  add_methods(interpreter, type,
              {{"__missing__", &defaultdict_missing},
               {"copy", &defaultdict_copy},
               {"__copy__", &defaultdict_copy},
               {"__reduce__", &defaultdict_reduce}});
  add_class_methods(interpreter, type, {{"__class_getitem__", &generic_class_getitem}});
  add_getsets(interpreter, type, {{"default_factory", &factory_get, &factory_set}});
  ready_native_type(interpreter, type);
  interpreter.collections_types.defaultdict = type;
}

}  // namespace krait::runtime
