// Objects: types.GenericAlias (see generic_alias_object.h), after CPython
// 3.11's genericaliasobject.c (without type variables: __parameters__ is
// always empty, and an alias cannot be subscripted again).
#include "objects/generic_alias_object.h"

#include <string>
#include <string_view>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

GenericAliasObject* as_alias(Value value) { return static_cast<GenericAliasObject*>(value.as_object()); }

// ga_repr_item: `...`, a class as its (module-qualified) name, anything
// else by repr.
bool append_item(Interpreter& interpreter, Value item, std::string& out) {
  if (item == interpreter.ellipsis()) {
    out += "...";
    return true;
  }
  Ref qualname, module;
  const bool alias_like = type_of(interpreter, item) == interpreter.generic_alias_type;
  int found = alias_like ? 0 : lookup_attribute(interpreter, item, interpreter.names.dunder_qualname, qualname);
  if (found > 0) found = lookup_attribute(interpreter, item, interpreter.names.dunder_module, module);
  if (found < 0) return false;
  if (found == 0 || module.get() == interpreter.none()) {
    Ref text = repr(interpreter, item);
    if (!text) return false;
    out += str_utf8(text.get());
    return true;
  }
  Ref module_text = str(interpreter, module.get());
  Ref qualname_text = str(interpreter, qualname.get());
  if (!module_text || !qualname_text) return false;
  if (str_utf8(module_text.get()) != "builtins") out.append(str_utf8(module_text.get())).push_back('.');
  out += str_utf8(qualname_text.get());
  return true;
}

Ref alias_repr(Interpreter& interpreter, Value self) {
  const GenericAliasObject* alias = as_alias(self);
  std::string text;
  if (!append_item(interpreter, alias->origin.get(), text)) return Ref();
  text += '[';
  const TupleObject* arguments = as_tuple(alias->arguments.get());
  if (arguments->size == 0) text += "()";
  for (std::int64_t i = 0; i < arguments->size; ++i) {
    if (i > 0) text += ", ";
    if (!append_item(interpreter, arguments->items()[i], text)) return Ref();
  }
  return new_str(interpreter, text + "]");
}

// Calling the alias calls its origin; the instance learns __orig_class__
// when it can take attributes.
Ref alias_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Ref instance = call(interpreter, as_alias(self)->origin.get(), arguments, count, kwnames);
  if (!instance) return instance;
  if (!set_attribute(interpreter, instance.get(), interpreter.intern("__orig_class__"), self)) {
    if (!interpreter.exception_is(interpreter.AttributeError_type) && !interpreter.exception_is(interpreter.TypeError_type))
      return Ref();
    Ref ignored = interpreter.take_exception();
  }
  return instance;
}

// Every attribute but the alias's own comes from the origin.
Ref alias_get_attribute(Interpreter& interpreter, Value self, Value name) {
  static constexpr std::string_view own[] = {"__class__", "__origin__", "__args__", "__parameters__",
                                             "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
                                             "__deepcopy__", "__instancecheck__", "__subclasscheck__"};
  const std::string_view text = str_utf8(name);
  for (std::string_view exception : own)
    if (text == exception) return object_get_attribute(interpreter, self, name);
  return get_attribute(interpreter, as_alias(self)->origin.get(), name);
}

Ref alias_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(interpreter, other) != interpreter.generic_alias_type)
    return Ref::borrow(interpreter.not_implemented());
  Ref same = compare(interpreter, as_alias(self)->origin.get(), as_alias(other)->origin.get(), CompareOp::Eq);
  int equal = same ? truth(interpreter, same.get()) : -1;
  if (equal > 0) {
    same = compare(interpreter, as_alias(self)->arguments.get(), as_alias(other)->arguments.get(), CompareOp::Eq);
    equal = same ? truth(interpreter, same.get()) : -1;
  }
  if (equal < 0) return Ref();
  return interpreter.new_boolean((equal != 0) == (op == CompareOp::Eq));
}

std::int64_t alias_hash(Interpreter& interpreter, Value self) {
  const std::int64_t origin = hash(interpreter, as_alias(self)->origin.get());
  if (origin == -1 && interpreter.has_exception()) return -1;
  const std::int64_t arguments = hash(interpreter, as_alias(self)->arguments.get());
  if (arguments == -1 && interpreter.has_exception()) return -1;
  const std::int64_t result = origin ^ arguments;
  return result == -1 ? -2 : result;
}

Ref origin_get(Interpreter&, Value self) { return Ref::borrow(as_alias(self)->origin.get()); }
Ref arguments_get(Interpreter&, Value self) { return Ref::borrow(as_alias(self)->arguments.get()); }
Ref parameters_get(Interpreter& interpreter, Value) { return new_tuple(interpreter, std::span<const Value>()); }

// __mro_entries__(bases): a class deriving from list[int] derives from list.
Ref alias_mro_entries(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "__mro_entries__", count, kwnames)) return Ref();
  const Value origin = as_alias(self)->origin.get();
  return new_tuple(interpreter, std::span<const Value>(&origin, 1));
}

Ref parameterized_check(Interpreter& interpreter, const char* function) {
  return interpreter.raise(interpreter.TypeError_type,
                           std::string(function) + "() argument 2 cannot be a parameterized generic");
}
Ref alias_instancecheck(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return parameterized_check(interpreter, "isinstance");
}
Ref alias_subclasscheck(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return parameterized_check(interpreter, "issubclass");
}

void alias_deallocate(Interpreter& interpreter, Object* object) { gc_delete(interpreter, static_cast<GenericAliasObject*>(object)); }

void alias_traverse(Object* object, const Visitor& visit) {
  const auto* alias = static_cast<GenericAliasObject*>(object);
  visit(alias->origin.get());
  visit(alias->arguments.get());
}

void alias_clear(Interpreter&, Object* object) {
  auto* alias = static_cast<GenericAliasObject*>(object);
  Ref origin = std::move(alias->origin);
  Ref arguments = std::move(alias->arguments);
}

// __class_getitem__ of the builtin containers: cls[arguments].
Ref class_getitem(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "__class_getitem__", kwnames) ||
      !check_positional(interpreter, "__class_getitem__", count, 2, 2))
    return Ref();
  return new_generic_alias(interpreter, arguments[0], arguments[1]);
}

}  // namespace

Ref new_generic_alias(Interpreter& interpreter, Value origin, Value arguments) {
  auto* alias = gc_new<GenericAliasObject>(interpreter, interpreter.generic_alias_type);
  alias->origin = Ref::borrow(origin);
  alias->arguments =
      type_of(interpreter, arguments) == interpreter.tuple_type ? Ref::borrow(arguments)
                                                                 : new_tuple(interpreter, std::span<const Value>(&arguments, 1));
  return Ref::steal(Value::object(alias));
}

void init_generic_alias_type(Interpreter& interpreter) {
  Type* type = interpreter.generic_alias_type;
  type->repr = &alias_repr;
  type->call = &alias_call;
  type->get_attribute = &alias_get_attribute;
  type->compare = &alias_compare;
  type->hash = &alias_hash;
  type->deallocate = &alias_deallocate;
  type->traverse = &alias_traverse;
  type->clear = &alias_clear;
  add_getsets(interpreter, type, {{"__origin__", &origin_get}, {"__args__", &arguments_get}, {"__parameters__", &parameters_get}});
  add_methods(interpreter, type,
              {{"__mro_entries__", &alias_mro_entries},
               {"__instancecheck__", &alias_instancecheck},
               {"__subclasscheck__", &alias_subclasscheck}});
  for (Type* generic : {interpreter.list_type, interpreter.dict_type, interpreter.tuple_type, interpreter.set_type,
                        interpreter.frozenset_type, interpreter.enumerate_type, interpreter.BaseExceptionGroup_type})
    add_class_methods(interpreter, generic, {{"__class_getitem__", &class_getitem}});
}

}  // namespace krait::runtime
