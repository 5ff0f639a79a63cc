// Objects: types.GenericAlias (see generic_alias_object.h), after CPython's
// Objects/genericaliasobject.c without type variables: __parameters__ is
// always empty.
#include "objects/generic_alias_object.h"

#include <string>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/object_object.h"
#include "objects/object_reduce.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/union_type_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct GenericAlias : Object {
  Ref origin;
  Ref args;  // a tuple
  // Unpacked (PEP 646's *tuple[int]): what iterating over an alias yields.
  bool starred = false;
};

GenericAlias* as_alias(Value value) { return static_cast<GenericAlias*>(value.as_object()); }

// The attributes the alias answers itself; all others are the origin's.
bool own_attribute(std::string_view name) {
  for (const char* own : {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                          "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                          "__copy__", "__deepcopy__"})
    if (name == own) return true;
  return false;
}

Ref alias_get_attribute(Interpreter& interpreter, Value self, Value name) {
  if (!own_attribute(str_utf8(name))) return get_attribute(interpreter, as_alias(self)->origin.get(), name);
  return object_get_attribute(interpreter, self, name);
}

Ref alias_origin(Interpreter&, Value self) { return Ref::borrow(as_alias(self)->origin.get()); }
Ref alias_args(Interpreter&, Value self) { return Ref::borrow(as_alias(self)->args.get()); }
Ref no_parameters(Interpreter& interpreter, Value) { return new_tuple(interpreter, {}); }
Ref alias_unpacked(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_alias(self)->starred); }
// The arguments of *tuple[...], None for other aliases.
Ref alias_unpacked_tuple_args(Interpreter& interpreter, Value self) {
  const GenericAlias* alias = as_alias(self);
  if (!alias->starred || alias->origin.get() != Value::object(interpreter.tuple_type)) return interpreter.new_none();
  return Ref::borrow(alias->args.get());
}

Ref alias_repr(Interpreter& interpreter, Value self) {
  std::string text = as_alias(self)->starred ? "*" : "";
  if (!append_type_repr(interpreter, as_alias(self)->origin.get(), text)) return Ref();
  text += '[';
  const TupleObject* args = as_tuple(as_alias(self)->args.get());
  if (args->size == 0) text += "()";
  for (std::int64_t i = 0; i < args->size; ++i) {
    if (i > 0) text += ", ";
    if (!append_type_repr(interpreter, args->items()[i], text)) return Ref();
  }
  return new_str(interpreter, text + "]");
}

// Calling the alias makes an instance of the origin (tagged with
// __orig_class__ where it takes attributes).
Ref alias_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Ref instance = call(interpreter, as_alias(self)->origin.get(), arguments, count, kwnames);
  if (!instance) return Ref();
  if (!set_attribute(interpreter, instance.get(), interpreter.intern("__orig_class__"), self)) {
    if (!interpreter.exception_is(interpreter.AttributeError_type) && !interpreter.exception_is(interpreter.TypeError_type))
      return Ref();
    Ref ignored = interpreter.take_exception();
  }
  return instance;
}

Ref alias_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_generic_alias(interpreter, other))
    return Ref::borrow(interpreter.not_implemented());
  if (as_alias(self)->starred != as_alias(other)->starred) return interpreter.new_boolean(op == CompareOp::Ne);
  int same = equal(interpreter, as_alias(self)->origin.get(), as_alias(other)->origin.get());
  if (same > 0) same = equal(interpreter, as_alias(self)->args.get(), as_alias(other)->args.get());
  if (same < 0) return Ref();
  return interpreter.new_boolean((same != 0) == (op == CompareOp::Eq));
}

std::int64_t alias_hash(Interpreter& interpreter, Value self) {
  const std::int64_t origin = hash(interpreter, as_alias(self)->origin.get());
  if (origin == -1 && interpreter.has_exception()) return -1;
  const std::int64_t args = hash(interpreter, as_alias(self)->args.get());
  if (args == -1 && interpreter.has_exception()) return -1;
  const std::int64_t result = origin ^ args;
  return result == -1 ? -2 : result;
}

// alias[...]: no type variables are left to substitute.
Ref alias_subscript(Interpreter& interpreter, Value self, Value) {
  Ref text = alias_repr(interpreter, self);
  if (!text) return Ref();
  return interpreter.raise(interpreter.TypeError_type, std::string(str_utf8(text.get())) + " is not a generic class");
}

Ref make_alias(Interpreter& interpreter, Type* type, Value origin, Value args) {
  auto* alias = gc_new<GenericAlias>(interpreter, type);
  alias->origin = Ref::borrow(origin);
  alias->args = is_tuple(interpreter, args) ? Ref::borrow(args) : new_tuple(interpreter, std::span<const Value>(&args, 1));
  return Ref::steal(Value::object(alias));
}

// iter(alias): the unpacked alias, once (CPython's generic_alias_iterator;
// here a tuple's iterator over it).
Ref alias_iter(Interpreter& interpreter, Value self) {
  Ref starred = make_alias(interpreter, interpreter.generic_alias_type, as_alias(self)->origin.get(),
                           as_alias(self)->args.get());
  as_alias(starred.get())->starred = true;
  const Value item = starred.get();
  Ref items = new_tuple(interpreter, std::span<const Value>(&item, 1));
  return get_iterator(interpreter, items.get());
}

// GenericAlias(origin, args), or a subclass (collections.abc's
// _CallableGenericAlias).
Ref alias_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "GenericAlias", kwnames) ||
      !check_argument_count(interpreter, "GenericAlias", count, 2, 2))
    return Ref();
  return make_alias(interpreter, static_cast<Type*>(callee.as_object()), arguments[0], arguments[1]);
}

// class C(list[int]): the alias stands for its origin among the bases.
Ref alias_mro_entries(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "__mro_entries__", count, kwnames)) return Ref();
  const Value origin = as_alias(self)->origin.get();
  return new_tuple(interpreter, std::span<const Value>(&origin, 1));
}

Ref not_for_checks(Interpreter& interpreter, const char* function) {
  return interpreter.raise(interpreter.TypeError_type,
                           std::string(function) + "() argument 2 cannot be a parameterized generic");
}
Ref alias_instancecheck(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return not_for_checks(interpreter, "isinstance");
}
Ref alias_subclasscheck(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return not_for_checks(interpreter, "issubclass");
}

// __reduce__(): (GenericAlias, (origin, args)).
Ref alias_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  return reduce_with_attributes(interpreter, self, count, kwnames, {"__origin__", "__args__"});
}

Ref alias_dir(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__dir__", count, kwnames)) return Ref();
  const Value origin = as_alias(self)->origin.get();
  Ref names = call_method(interpreter, origin, interpreter.intern("__dir__"), nullptr, 0);
  if (!names) return Ref();
  for (const char* own : {"__origin__", "__args__", "__parameters__"}) {
    Ref name = new_str(interpreter, own);
    const Value item = name.get();
    if (!call_method(interpreter, names.get(), interpreter.intern("append"), &item, 1)) return Ref();
  }
  return names;
}

void alias_deallocate(Interpreter& interpreter, Object* object) { gc_delete(interpreter, as_alias(Value::object(object))); }
void alias_traverse(Object* object, const Visitor& visit) {
  visit(static_cast<GenericAlias*>(object)->origin);
  visit(static_cast<GenericAlias*>(object)->args);
}

}  // namespace

Ref new_generic_alias(Interpreter& interpreter, Value origin, Value args) {
  return make_alias(interpreter, interpreter.generic_alias_type, origin, args);
}

bool is_generic_alias(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.generic_alias_type);
}

Ref generic_class_getitem(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "__class_getitem__", kwnames) ||
      !check_argument_count(interpreter, "__class_getitem__", count - 1, 1, 1))
    return Ref();
  return new_generic_alias(interpreter, arguments[0], arguments[1]);
}

bool append_type_repr(Interpreter& interpreter, Value item, std::string& out) {
  if (item == interpreter.ellipsis()) {
    out += "...";
    return true;
  }
  if (is_type_object(interpreter, item) && !is_generic_alias(interpreter, item)) {
    Ref module, qualname;
    if (lookup_attribute(interpreter, item, interpreter.names.dunder_module, module) < 0 ||
        lookup_attribute(interpreter, item, interpreter.names.dunder_qualname, qualname) < 0)
      return false;
    if (module && qualname && is_str(interpreter, module.get()) && is_str(interpreter, qualname.get())) {
      if (str_utf8(module.get()) != "builtins") out += std::string(str_utf8(module.get())) + ".";
      out += str_utf8(qualname.get());
      return true;
    }
  }
  Ref text = repr(interpreter, item);
  if (!text) return false;
  out += str_utf8(text.get());
  return true;
}

void init_generic_alias_type(Interpreter& interpreter) {
  Type* type = interpreter.generic_alias_type;
  type->construct = &alias_construct;
  type->get_attribute = &alias_get_attribute;
  type->repr = &alias_repr;
  type->call = &alias_call;
  type->compare = &alias_compare;
  type->hash = &alias_hash;
  type->subscript = &alias_subscript;
  type->iter = &alias_iter;
  type->bitwise_or = &union_or;
  type->deallocate = &alias_deallocate;
  type->traverse = &alias_traverse;
  add_methods(interpreter, type,
              {{"__mro_entries__", &alias_mro_entries},
               {"__instancecheck__", &alias_instancecheck},
               {"__subclasscheck__", &alias_subclasscheck},
               {"__dir__", &alias_dir},
               {"__reduce__", &alias_reduce}});
  add_getsets(interpreter, type,
              {{"__origin__", &alias_origin, &readonly_member},
               {"__args__", &alias_args, &readonly_member},
               {"__parameters__", &no_parameters},
               {"__unpacked__", &alias_unpacked, &readonly_member},
               {"__typing_unpacked_tuple_args__", &alias_unpacked_tuple_args}});
  for (Type* generic : {interpreter.list_type, interpreter.tuple_type, interpreter.dict_type, interpreter.set_type,
                        interpreter.frozenset_type, interpreter.enumerate_type, interpreter.BaseExceptionGroup_type,
                        interpreter.mappingproxy_type})
    add_class_methods(interpreter, generic, {{"__class_getitem__", &generic_class_getitem}});
}

}  // namespace krait::runtime
