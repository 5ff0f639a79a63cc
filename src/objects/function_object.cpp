// Objects: the function and builtin_function_or_method types.
#include "objects/function_object.h"

#include <cstddef>
#include <span>
#include <string>

#include "compiler/code_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/module_object.h"
#include "objects/object_object.h"
#include "objects/object_reduce.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref function_repr(Interpreter& interpreter, Value self) {
  auto* function = static_cast<FunctionObject*>(self.as_object());
  return new_str(interpreter,
                 "<function " + std::string(str_utf8(function->qualname.get())) + " at " + address_text(function) + ">");
}

void function_deallocate(Interpreter& interpreter, Object* object) {
  auto* function = static_cast<FunctionObject*>(object);
  release_attributes(function->attributes);
  gc_delete(interpreter, function);
}

// (The attributes are visited and cleared by the collector for every layout.)
void function_traverse(Object* object, const Visitor& visit) {
  const auto* function = static_cast<FunctionObject*>(object);
  for (const Ref* field : {&function->code, &function->globals, &function->name, &function->qualname,
                           &function->keyword_defaults, &function->closure, &function->annotations, &function->doc,
                           &function->module})
    visit(*field);
  for (const Ref& value : function->defaults) visit(value);
}

// What can lead back to the function goes; code and names stay for repr.
void function_clear(Interpreter&, Object* object) {
  auto* function = static_cast<FunctionObject*>(object);
  std::vector<Ref> defaults = std::move(function->defaults);
  Ref fields[] = {std::move(function->globals), std::move(function->keyword_defaults), std::move(function->closure),
                  std::move(function->annotations), std::move(function->doc), std::move(function->module)};
}

// A function read as an attribute of an instance binds to it.
Ref function_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null() || instance == interpreter.none()) return Ref::borrow(self);
  return new_method(interpreter, self, instance);
}

Ref function_name_get(Interpreter&, Value self) { return Ref::borrow(as_function(self)->name.get()); }
Ref function_qualname_get(Interpreter&, Value self) { return Ref::borrow(as_function(self)->qualname.get()); }
Ref optional_field(Interpreter& interpreter, const Ref& field) {
  return field ? Ref::borrow(field.get()) : interpreter.new_none();
}
Ref function_doc_get(Interpreter& interpreter, Value self) { return optional_field(interpreter, as_function(self)->doc); }
Ref function_module_get(Interpreter& interpreter, Value self) {
  return optional_field(interpreter, as_function(self)->module);
}
Ref function_globals_get(Interpreter&, Value self) { return Ref::borrow(as_function(self)->globals.get()); }
Ref function_code_get(Interpreter&, Value self) { return Ref::borrow(as_function(self)->code.get()); }
Ref function_closure_get(Interpreter& interpreter, Value self) {
  return optional_field(interpreter, as_function(self)->closure);
}
Ref function_defaults_get(Interpreter& interpreter, Value self) {
  const FunctionObject* function = as_function(self);
  if (function->defaults.empty()) return interpreter.new_none();
  std::vector<Value> values;
  for (const Ref& value : function->defaults) values.push_back(value.get());
  return new_tuple(interpreter, values);
}
Ref function_kwdefaults_get(Interpreter& interpreter, Value self) {
  return optional_field(interpreter, as_function(self)->keyword_defaults);
}
Ref function_annotations_get(Interpreter& interpreter, Value self) {
  FunctionObject* function = as_function(self);
  if (!function->annotations) function->annotations = new_dict(interpreter);
  return Ref::borrow(function->annotations.get());
}
int set_field(Interpreter& interpreter, Ref& field, Value value, bool str_only, const char* name) {
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(name) + " must be set to a string object");
    return -1;
  }
  if (str_only && type_of(interpreter, value) != interpreter.str_type) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(name) + " must be set to a string object");
    return -1;
  }
  field = Ref::borrow(value);
  return 0;
}
int function_name_set(Interpreter& interpreter, Value self, Value value) {
  return set_field(interpreter, as_function(self)->name, value, true, "__name__");
}
int function_qualname_set(Interpreter& interpreter, Value self, Value value) {
  return set_field(interpreter, as_function(self)->qualname, value, true, "__qualname__");
}
int function_doc_set(Interpreter& interpreter, Value self, Value value) {
  as_function(self)->doc = value.is_null() || value == interpreter.none() ? Ref() : Ref::borrow(value);
  return 0;
}
int function_module_set(Interpreter& interpreter, Value self, Value value) {
  as_function(self)->module = value.is_null() || value == interpreter.none() ? Ref() : Ref::borrow(value);
  return 0;
}

// The function attributes that may be deleted (cleared) or set to an
// object of one type: "__defaults__ must be set to a tuple object".
bool typed_field_settable(Interpreter& interpreter, Value value, Type* type, const char* name) {
  if (value.is_null() || is_subtype(type_of(interpreter, value), type)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(name) + " must be set to a " + type->name + " object");
  return false;
}
int function_annotations_set(Interpreter& interpreter, Value self, Value value) {
  if (value == interpreter.none()) value = Value();
  if (!typed_field_settable(interpreter, value, interpreter.dict_type, "__annotations__")) return -1;
  as_function(self)->annotations = value.is_null() ? Ref() : Ref::borrow(value);
  return 0;
}
int function_kwdefaults_set(Interpreter& interpreter, Value self, Value value) {
  if (value == interpreter.none()) value = Value();
  if (!typed_field_settable(interpreter, value, interpreter.dict_type, "__kwdefaults__")) return -1;
  as_function(self)->keyword_defaults = value.is_null() ? Ref() : Ref::borrow(value);
  return 0;
}
int function_defaults_set(Interpreter& interpreter, Value self, Value value) {
  if (value == interpreter.none()) value = Value();
  if (!typed_field_settable(interpreter, value, interpreter.tuple_type, "__defaults__")) return -1;
  std::vector<Ref> defaults;
  if (!value.is_null())
    for (std::int64_t i = 0; i < as_tuple(value)->size; ++i) defaults.push_back(Ref::borrow(as_tuple(value)->items()[i]));
  std::swap(as_function(self)->defaults, defaults);
  return 0;
}
int function_code_set(Interpreter& interpreter, Value self, Value value) {
  if (value.is_null() || !interpreter.code_type || type_of(interpreter, value) != interpreter.code_type) {
    interpreter.set_exception(interpreter.TypeError_type, "__code__ must be set to a code object");
    return -1;
  }
  FunctionObject* function = as_function(self);
  const std::size_t needed = compiler::as_code(value)->free_names.size();
  const std::size_t present = function->closure ? static_cast<std::size_t>(as_tuple(function->closure.get())->size) : 0;
  if (needed != present) {
    interpreter.set_exception(interpreter.ValueError_type, std::string(str_utf8(function->name.get())) +
                                                               "() requires a code object with " +
                                                               std::to_string(present) + " free vars, not " +
                                                               std::to_string(needed));
    return -1;
  }
  function->code = Ref::borrow(value);
  return 0;
}

// Whether a builtin is a module's function (bound to nothing, or to its
// module) rather than a method bound to an object.
bool is_module_function(const Interpreter& interpreter, const BuiltinFunction* builtin) {
  return !builtin->self || type_of(interpreter, builtin->self.get()) == interpreter.module_type;
}

Ref builtin_repr(Interpreter& interpreter, Value self) {
  const auto* builtin = static_cast<BuiltinFunction*>(self.as_object());
  if (is_module_function(interpreter, builtin))
    return new_str(interpreter, std::string("<built-in function ") + builtin->name + ">");
  return new_str(interpreter, std::string("<built-in method ") + builtin->name + " of " +
                                  std::string(type_name(interpreter, builtin->self.get())) + " object at " +
                                  address_text(builtin->self.get().as_object()) + ">");
}

Ref builtin_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const auto* builtin = static_cast<BuiltinFunction*>(callee.as_object());
  return builtin->function(interpreter, builtin->self.get(), arguments, count, kwnames);
}

void builtin_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<BuiltinFunction*>(object));
}

void builtin_traverse(Object* object, const Visitor& visit) { visit(static_cast<BuiltinFunction*>(object)->self); }

MethodDescriptor* as_descriptor(Value value) { return static_cast<MethodDescriptor*>(value.as_object()); }

Ref descriptor_repr(Interpreter& interpreter, Value self) {
  const MethodDescriptor* descriptor = as_descriptor(self);
  return new_str(interpreter, std::string("<method '") + descriptor->name + "' of '" + descriptor->owner->name +
                                  "' objects>");
}

// list.append(items, x): the first argument is the instance.
Ref descriptor_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const MethodDescriptor* descriptor = as_descriptor(callee);
  if (count == 0)
    return interpreter.raise(interpreter.TypeError_type, std::string("unbound method ") + descriptor->owner->name + "." +
                                                             descriptor->name + "() needs an argument");
  if (!is_subtype(type_of(interpreter, arguments[0]), descriptor->owner))
    return interpreter.raise(interpreter.TypeError_type,
                             std::string("descriptor '") + descriptor->name + "' for '" + descriptor->owner->name +
                                 "' objects doesn't apply to a " + quoted_type_name(interpreter, arguments[0]) + " object");
  return descriptor->function(interpreter, arguments[0], arguments + 1, count - 1, kwnames);
}

// instance.method: a builtin method bound to the instance.
Ref descriptor_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null()) return Ref::borrow(self);
  const MethodDescriptor* descriptor = as_descriptor(self);
  if (!is_subtype(type_of(interpreter, instance), descriptor->owner))
    return interpreter.raise(interpreter.TypeError_type,
                             std::string("descriptor '") + descriptor->name + "' for '" + descriptor->owner->name +
                                 "' objects doesn't apply to a " + quoted_type_name(interpreter, instance) + " object");
  return new_builtin_function(interpreter, descriptor->name, descriptor->function, instance);
}

void descriptor_deallocate(Interpreter&, Object* object) { delete static_cast<MethodDescriptor*>(object); }

// __reduce__() of builtins: a module's function is saved by its name (a
// global of its module); a bound method as (getattr, (self, name)), a
// method descriptor as (getattr, (type, name)).
Ref builtin_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "builtin_function_or_method.__reduce__", count, kwnames)) return Ref();
  const auto* builtin = static_cast<const BuiltinFunction*>(self.as_object());
  if (is_module_function(interpreter, builtin)) return new_str(interpreter, builtin->name);
  Ref name = new_str(interpreter, builtin->name);
  const Value arguments[] = {builtin->self.get(), name.get()};
  return reduce_value(interpreter, builtin_named(interpreter, "getattr"), arguments);
}

Ref descriptor_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "method_descriptor.__reduce__", count, kwnames)) return Ref();
  Ref name = new_str(interpreter, as_descriptor(self)->name);
  const Value arguments[] = {Value::object(as_descriptor(self)->owner), name.get()};
  return reduce_value(interpreter, builtin_named(interpreter, "getattr"), arguments);
}

// __builtins__: the builtins namespace the function's code reads.
Ref function_builtins_get(Interpreter& interpreter, Value) { return Ref::borrow(interpreter.builtins()); }
// __dict__: the function's attributes.
Ref function_dict_get(Interpreter& interpreter, Value self) { return instance_dict(interpreter, self); }

// A builtin's __name__, __qualname__ ("list.append" when bound to a list,
// "dict.fromkeys" to the class), __self__ (the module of a module's
// function: builtins when it has none) and __module__.
const BuiltinFunction* as_builtin(Value value) { return static_cast<const BuiltinFunction*>(value.as_object()); }
Ref builtin_name_get(Interpreter& interpreter, Value self) { return new_str(interpreter, as_builtin(self)->name); }
Ref builtin_qualname_get(Interpreter& interpreter, Value self) {
  const BuiltinFunction* builtin = as_builtin(self);
  if (is_module_function(interpreter, builtin)) return new_str(interpreter, builtin->name);
  const Value bound = builtin->self.get();
  const Type* owner = is_subtype(type_of(interpreter, bound), interpreter.type_type) ? static_cast<const Type*>(bound.as_object())
                                                                                    : type_of(interpreter, bound);
  return new_str(interpreter, owner->name + "." + builtin->name);
}
Ref builtin_self_get(Interpreter& interpreter, Value self) {
  const BuiltinFunction* builtin = as_builtin(self);
  if (builtin->self) return Ref::borrow(builtin->self.get());
  const Value module = interpreter.modules ? dict_get_str(interpreter.modules.get(), interpreter.intern("builtins")) : Value();
  return Ref::borrow(module.is_null() ? interpreter.none() : module);
}
Ref builtin_module_get(Interpreter& interpreter, Value self) {
  const BuiltinFunction* builtin = as_builtin(self);
  if (!is_module_function(interpreter, builtin)) return interpreter.new_none();
  if (!builtin->self) return new_str(interpreter, "builtins");
  const Value name = dict_get_str(module_dict(builtin->self.get()), interpreter.names.dunder_name);
  return Ref::borrow(name.is_null() ? interpreter.none() : name);
}
Ref none_getter(Interpreter& interpreter, Value) { return interpreter.new_none(); }

// A method descriptor's __name__, __qualname__ ("list.append") and
// __objclass__.
Ref descriptor_name_get(Interpreter& interpreter, Value self) { return new_str(interpreter, as_descriptor(self)->name); }
Ref descriptor_qualname_get(Interpreter& interpreter, Value self) {
  return new_str(interpreter, as_descriptor(self)->owner->name + "." + as_descriptor(self)->name);
}
Ref descriptor_objclass_get(Interpreter&, Value self) { return Ref::borrow(Value::object(as_descriptor(self)->owner)); }

}  // namespace

Ref new_function(Interpreter& interpreter, Value code, Value globals, Value name, Value qualname, Value doc) {
  auto* function = gc_new<FunctionObject>(interpreter, interpreter.function_type);
  if (!doc.is_null()) function->doc = Ref::borrow(doc);
  function->code = Ref::borrow(code);
  function->globals = Ref::borrow(globals);
  function->name = Ref::borrow(name);
  function->qualname = Ref::borrow(qualname);
  if (const Ref& doc = compiler::as_code(code)->docstring) function->doc = Ref::borrow(doc.get());
  // __module__ is the globals' __name__.
  if (const Value module = dict_get_str(globals, interpreter.names.dunder_name); !module.is_null())
    function->module = Ref::borrow(module);
  return Ref::steal(Value::object(function));
}

Ref new_builtin_function(Interpreter& interpreter, const char* name, NativeFunction function, Value self) {
  auto* builtin = gc_new<BuiltinFunction>(interpreter, interpreter.builtin_function_type);
  builtin->name = name;
  builtin->function = function;
  if (!self.is_null()) builtin->self = Ref::borrow(self);
  return Ref::steal(Value::object(builtin));
}

Ref new_method_descriptor(Interpreter& interpreter, const char* name, NativeFunction function, Type* owner) {
  auto* descriptor = new MethodDescriptor;
  descriptor->type = interpreter.method_descriptor_type;
  descriptor->name = name;
  descriptor->function = function;
  descriptor->owner = owner;
  return Ref::steal(Value::object(descriptor));
}

// function(code, globals, name=None, argdefs=None, closure=None): what
// types.FunctionType makes (CPython's func_new_impl).
Ref function_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[5];
  if (!bind_arguments(interpreter, {"function", {"code", "globals", "name", "argdefs", "closure"}, 0, 0, 2}, arguments,
                      count, kwnames, bound))
    return Ref();
  const Value code = bound[0], globals = bound[1];
  const Value none = interpreter.none();
  const Value name = bound[2].is_null() ? none : bound[2], defaults = bound[3].is_null() ? none : bound[3];
  const Value closure = bound[4].is_null() ? none : bound[4];
  if (!interpreter.code_type || type_of(interpreter, code) != interpreter.code_type)
    return interpreter.raise(interpreter.TypeError_type,
                             "function() argument 'code' must be code, not " + argument_type_name(interpreter, code));
  if (!is_dict(interpreter, globals))
    return interpreter.raise(interpreter.TypeError_type,
                             "function() argument 'globals' must be dict, not " + argument_type_name(interpreter, globals));
  if (name != none && !is_str(interpreter, name))
    return interpreter.raise(interpreter.TypeError_type, "arg 3 (name) must be None or string");
  if (defaults != none && type_of(interpreter, defaults) != interpreter.tuple_type)
    return interpreter.raise(interpreter.TypeError_type, "arg 4 (defaults) must be None or tuple");
  const compiler::CodeObject* code_object = compiler::as_code(code);
  const std::size_t free_count = code_object->free_names.size();
  const bool closure_is_tuple = type_of(interpreter, closure) == interpreter.tuple_type;
  if (closure != none && !closure_is_tuple)
    return interpreter.raise(interpreter.TypeError_type, "arg 5 (closure) must be None or tuple");
  if (free_count > 0 && !closure_is_tuple)
    return interpreter.raise(interpreter.TypeError_type, "arg 5 (closure) must be tuple");
  const std::size_t closure_count = closure_is_tuple ? static_cast<std::size_t>(as_tuple(closure)->size) : 0;
  if (closure_count != free_count)
    return interpreter.raise(interpreter.ValueError_type, std::string(str_utf8(code_object->name.get())) +
                                                              " requires closure of length " + std::to_string(free_count) +
                                                              ", not " + std::to_string(closure_count));
  for (std::size_t i = 0; i < closure_count; ++i) {
    const Value cell = as_tuple(closure)->items()[i];
    if (type_of(interpreter, cell) != interpreter.cell_type)
      return interpreter.raise(interpreter.TypeError_type, "arg 5 (closure) expected cell, found " +
                                                               std::string(type_name(interpreter, cell)));
  }
  Ref function = new_function(interpreter, code, globals, name == none ? code_object->name.get() : name,
                              code_object->qualname.get());
  auto* object = as_function(function.get());
  if (defaults != none)
    for (Value item : std::span<const Value>(as_tuple(defaults)->items(), static_cast<std::size_t>(as_tuple(defaults)->size)))
      object->defaults.push_back(Ref::borrow(item));
  if (closure_count > 0) object->closure = Ref::borrow(closure);
  return function;
}

void init_function_types(Interpreter& interpreter) {
  interpreter.function_type->repr = &function_repr;
  Type* function = interpreter.function_type;
  function->deallocate = &function_deallocate;
  function->descriptor_get = &function_get;
  function->attributes_offset = attributes_offset<FunctionObject>();
  function->traverse = &function_traverse;
  function->clear = &function_clear;
  function->weakrefable = true;
  function->construct = &function_construct;
  add_getsets(interpreter, function,
              {{"__name__", &function_name_get, &function_name_set},
               {"__qualname__", &function_qualname_get, &function_qualname_set},
               {"__doc__", &function_doc_get, &function_doc_set},
               {"__module__", &function_module_get, &function_module_set},
               {"__globals__", &function_globals_get},
               {"__code__", &function_code_get, &function_code_set},
               {"__closure__", &function_closure_get},
               {"__defaults__", &function_defaults_get, &function_defaults_set},
               {"__kwdefaults__", &function_kwdefaults_get, &function_kwdefaults_set},
               {"__annotations__", &function_annotations_get, &function_annotations_set},
               {"__builtins__", &function_builtins_get},
               {"__dict__", &function_dict_get}});
  interpreter.builtin_function_type->repr = &builtin_repr;
  interpreter.builtin_function_type->call = &builtin_call;
  interpreter.builtin_function_type->deallocate = &builtin_deallocate;
  interpreter.builtin_function_type->traverse = &builtin_traverse;
  interpreter.builtin_function_type->weakrefable = true;
  add_getsets(interpreter, interpreter.builtin_function_type,
              {{"__name__", &builtin_name_get},
               {"__qualname__", &builtin_qualname_get},
               {"__self__", &builtin_self_get},
               {"__module__", &builtin_module_get},
               {"__doc__", &none_getter},
               {"__text_signature__", &none_getter}});
  add_methods(interpreter, interpreter.builtin_function_type, {{"__reduce__", &builtin_reduce}});
  Type* descriptor = interpreter.method_descriptor_type;
  descriptor->repr = &descriptor_repr;
  descriptor->call = &descriptor_call;
  descriptor->descriptor_get = &descriptor_get;
  descriptor->deallocate = &descriptor_deallocate;
  add_getsets(interpreter, descriptor,
              {{"__name__", &descriptor_name_get},
               {"__qualname__", &descriptor_qualname_get},
               {"__objclass__", &descriptor_objclass_get},
               {"__doc__", &none_getter},
               {"__text_signature__", &none_getter}});
  add_methods(interpreter, descriptor, {{"__reduce__", &descriptor_reduce}});
}

}  // namespace krait::runtime
