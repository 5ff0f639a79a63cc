// Objects: the module type (see module_object.h), after CPython's
// Objects/moduleobject.c and importlib's _module_repr.
#include "objects/module_object.h"

#include <iterator>
#include <string>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref allocate_module(Interpreter& interpreter, Type* type, Ref dict) {
  auto* module = gc_new<ModuleObject>(interpreter, type);
  if (dict.get() != interpreter.builtins()) interpreter.module_namespaces.push_back(Ref::borrow(dict.get()));
  module->attributes.dict = std::move(dict);
  return Ref::steal(Value::object(module));
}

// The entries ModuleType.__init__ writes.
void initialize_namespace(Interpreter& interpreter, Value dict, Value name, Value doc) {
  dict_set_str(interpreter, dict, interpreter.names.dunder_name, name);
  dict_set_str(interpreter, dict, interpreter.names.dunder_doc, doc);
  for (const char* entry : {"__package__", "__loader__", "__spec__"})
    dict_set_str(interpreter, dict, interpreter.intern(entry), interpreter.none());
}

// module.__new__: an empty namespace, filled by __init__.
Ref module_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return allocate_module(interpreter, static_cast<Type*>(callee.as_object()), new_dict(interpreter));
}

// module.__init__(name, doc=None).
Ref module_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!bind_arguments(interpreter, {"module", {"name", "doc"}, 0, 0, 1}, arguments, count, kwnames, values))
    return Ref();
  if (!is_str(interpreter, values[0]))
    return interpreter.raise(interpreter.TypeError_type, "module() argument 'name' must be str, not " +
                                                             argument_type_name(interpreter, values[0]));
  initialize_namespace(interpreter, module_dict(self), values[0], values[1].is_null() ? interpreter.none() : values[1]);
  return interpreter.new_none();
}

// The attribute, else the module's __getattr__(name) (PEP 562), else
// CPython's AttributeError naming the module.
Ref module_get_attribute(Interpreter& interpreter, Value self, Value name) {
  Ref found = object_get_attribute(interpreter, self, name);
  if (found || !interpreter.exception_is(interpreter.AttributeError_type)) return found;
  const Value dict = module_dict(self);
  const Value hook = dict_get_str(dict, interpreter.names.dunder_getattr);
  if (!hook.is_null()) {
    Ref discarded = interpreter.take_exception();
    return call(interpreter, hook, &name, 1);
  }
  Ref discarded = interpreter.take_exception();
  const std::string attribute(str_utf8(name));
  const Value module_name = dict_get_str(dict, interpreter.names.dunder_name);
  if (module_name.is_null() || !is_str(interpreter, module_name))
    return interpreter.raise(interpreter.AttributeError_type, "module has no attribute '" + attribute + "'");
  const std::string module(str_utf8(module_name));
  if (as_module(self)->initializing)
    return interpreter.raise(interpreter.AttributeError_type, "partially initialized module '" + module +
                                                                  "' has no attribute '" + attribute +
                                                                  "' (most likely due to a circular import)");
  return interpreter.raise(interpreter.AttributeError_type,
                           "module '" + module + "' has no attribute '" + attribute + "'");
}

// <module 'name' from 'file'>, <module 'sys' (built-in)>, <module 'name'>.
Ref module_repr(Interpreter& interpreter, Value self) {
  const Value dict = module_dict(self);
  const Value name = dict_get_str(dict, interpreter.names.dunder_name);
  Ref shown_name = name.is_null() ? new_str(interpreter, "'?'") : repr(interpreter, name);
  if (!shown_name) return Ref();
  std::string text = "<module " + std::string(str_utf8(shown_name.get()));
  const Value file = dict_get_str(dict, interpreter.names.dunder_file);
  if (!file.is_null()) {
    Ref shown_file = repr(interpreter, file);
    if (!shown_file) return Ref();
    text += " from " + std::string(str_utf8(shown_file.get()));
  } else if (as_module(self)->builtin) {
    text += " (built-in)";
  }
  return new_str(interpreter, text + ">");
}

void module_deallocate(Interpreter& interpreter, Object* object) {
  auto* module = static_cast<ModuleObject*>(object);
  release_attributes(module->attributes);
  gc_delete(interpreter, module);
}

// A module owns only its namespace, which the collector visits as the
// attributes of every layout that has some (traverse_object).
void module_traverse(Object*, const Visitor&) {}

Ref module_dict_getter(Interpreter&, Value self) { return Ref::borrow(module_dict(self)); }

// __annotations__: the namespace's, made empty on first read (CPython's
// module_get_annotations).
Ref module_annotations_get(Interpreter& interpreter, Value self) {
  const Value name = interpreter.intern("__annotations__");
  const Value own = dict_get_str(module_dict(self), name);
  if (!own.is_null()) return Ref::borrow(own);
  Ref annotations = new_dict(interpreter);
  dict_set_str(interpreter, module_dict(self), name, annotations.get());
  return annotations;
}

int module_annotations_set(Interpreter& interpreter, Value self, Value value) {
  const Value name = interpreter.intern("__annotations__");
  if (!value.is_null()) return dict_set_item(interpreter, module_dict(self), name, value) ? 0 : -1;
  const int deleted = dict_delete_item(interpreter, module_dict(self), name);
  if (deleted == 0) interpreter.set_exception(interpreter.AttributeError_type, "__annotations__");
  return deleted > 0 ? 0 : -1;
}

// module.__dir__(): the namespace's keys, or what a module-level __dir__
// function returns (PEP 562); not the module type's attributes.
Ref module_dir(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "module.__dir__", count, kwnames)) return Ref();
  const Value dict = module_dict(self);
  const Value function = dict_get_str(dict, interpreter.intern("__dir__"));
  if (!function.is_null()) return call(interpreter, function, nullptr, 0);
  Ref keys = new_list(interpreter, {});
  if (!list_extend(interpreter, keys.get(), dict)) return Ref();
  return keys;
}

}  // namespace

bool is_module(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.module_type);
}

Ref new_module(Interpreter& interpreter, std::string_view name) {
  Ref dict = new_dict(interpreter);
  return new_module_with_dict(interpreter, name, dict.get());
}

Ref new_module_with_dict(Interpreter& interpreter, std::string_view name, Value dict) {
  Ref module = allocate_module(interpreter, interpreter.module_type, Ref::borrow(dict));
  Ref text = new_str(interpreter, name);
  initialize_namespace(interpreter, dict, text.get(), interpreter.none());
  return module;
}

void module_set(Interpreter& interpreter, Value module, std::string_view name, Value value) {
  dict_set_str(interpreter, module_dict(module), interpreter.intern(name), value);
}

void add_module_functions(Interpreter& interpreter, Value module, std::initializer_list<ModuleFunction> functions) {
  for (const ModuleFunction& entry : functions) {
    // Bound to the module, as CPython's module functions (their __self__).
    Ref function = new_builtin_function(interpreter, entry.name, entry.function, module);
    module_set(interpreter, module, entry.name, function.get());
  }
}

namespace {

// Empties a module's namespace at exit as CPython's _PyModule_ClearDict:
// its names are set to None first (those with one leading underscore
// before the others, __builtins__ last), so a finalizer or weak-reference
// callback running meanwhile finds None rather than a missing global
// (logging's _removeHandlerRef tests its globals for None).
void clear_module_dict(Interpreter& interpreter, Value dict) {
  for (const bool private_names : {true, false}) {
    std::vector<Ref> keys;
    std::size_t position = 0;
    Value key, value;
    while (dict_next(dict, position, key, value)) {
      if (value == interpreter.none() || !is_str(interpreter, key)) continue;
      const std::string_view name = str_utf8(key);
      const bool private_name = name.size() > 0 && name[0] == '_' && (name.size() < 2 || name[1] != '_');
      if (private_names ? private_name : name != "__builtins__") keys.push_back(Ref::borrow(key));
    }
    for (const Ref& name : keys) {
      if (!dict_set_item(interpreter, dict, name.get(), interpreter.none())) Ref ignored = interpreter.take_exception();
    }
  }
  dict_clear(interpreter, dict);
}

}  // namespace

void clear_modules(Interpreter& interpreter) {
  const Value modules = interpreter.modules.get();
  if (modules.is_null()) return;
  // __main__ first, then the other loaded modules newest first, then the
  // namespaces of modules made but not (or no longer) loaded.
  std::vector<Ref> loaded, order;
  std::size_t position = 0;
  Value key, value;
  while (dict_next(modules, position, key, value)) {
    if (!is_module(interpreter, value)) continue;
    const bool main = is_str(interpreter, key) && str_equal(key, interpreter.names.dunder_main);
    (main ? order : loaded).push_back(Ref::borrow(module_dict(value)));
  }
  order.insert(order.end(), std::make_move_iterator(loaded.rbegin()), std::make_move_iterator(loaded.rend()));
  std::vector<Ref> namespaces = std::move(interpreter.module_namespaces);
  order.insert(order.end(), std::make_move_iterator(namespaces.rbegin()), std::make_move_iterator(namespaces.rend()));
  for (const Ref& dict : order)
    if (dict.get() != interpreter.builtins()) clear_module_dict(interpreter, dict.get());
  dict_clear(interpreter, modules);
}

void init_module_type(Interpreter& interpreter) {
  Type* type = interpreter.module_type;
  type->construct = &module_new;
  type->initialize = &module_init;
  type->get_attribute = &module_get_attribute;
  type->repr = &module_repr;
  type->deallocate = &module_deallocate;
  type->traverse = &module_traverse;
  type->weakrefable = true;
  type->subclassable = true;  // importlib.util._LazyModule, and programs' own module types
  type->attributes_offset = attributes_offset<ModuleObject>();
  add_getsets(interpreter, type,
              {{"__dict__", &module_dict_getter}, {"__annotations__", &module_annotations_get, &module_annotations_set}});
  add_methods(interpreter, type, {{"__dir__", &module_dir}});
}

}  // namespace krait::runtime
