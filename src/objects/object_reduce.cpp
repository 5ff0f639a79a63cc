// Objects: the copy/pickle protocol of `object` -- __reduce_ex__,
// __reduce__, __getstate__ -- as CPython's typeobject.c has it, and the
// helpers built-in types' own __reduce__ methods share (object_reduce.h).
#include "objects/object_reduce.h"

#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {

namespace {

Ref object_getstate_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames);

std::span<const Value> tuple_span(Value tuple) {
  return {as_tuple(tuple)->items(), static_cast<std::size_t>(as_tuple(tuple)->size)};
}

Ref cannot_pickle(Interpreter& interpreter, Value self) {
  return interpreter.raise(interpreter.TypeError_type, "cannot pickle " + quoted_type_name(interpreter, self) + " object");
}

// An attribute of the copyreg module (imported on first use, then found
// in sys.modules).
Ref copyreg_attribute(Interpreter& interpreter, const char* name) {
  Ref copyreg = import_module(interpreter, "copyreg");
  if (!copyreg) return Ref();
  return get_attribute(interpreter, copyreg.get(), interpreter.intern(name));
}

// The names of the class's __slots__ members and its bases', as
// copyreg._slotnames finds (and caches in __slotnames__): a list or None.
Ref slot_names(Interpreter& interpreter, Type* type) {
  const Value cached = dict_get_str(type->dict.get(), interpreter.intern("__slotnames__"));
  Ref names;
  if (!cached.is_null()) {
    names = Ref::borrow(cached);
    if (cached != interpreter.none() && !is_list(interpreter, cached))
      return interpreter.raise(interpreter.TypeError_type, type->name + ".__slotnames__ should be a list or None, not " +
                                                               type_of(interpreter, cached)->name);
    return names;
  }
  Ref function = copyreg_attribute(interpreter, "_slotnames");
  if (!function) return Ref();
  const Value argument = Value::object(type);
  names = call(interpreter, function.get(), &argument, 1);
  if (names && names.get() != interpreter.none() && !is_list(interpreter, names.get()))
    return interpreter.raise(interpreter.TypeError_type, "copyreg._slotnames didn't return a list or None");
  return names;
}

// The built-in type whose layout the object's class extends.
const Type* builtin_base(const Type* type) {
  while (type->is_heap_type) type = type->base;
  return type;
}

// Whether instances of the built-in type hold nothing beyond object's
// header (CPython compares tp_basicsize with object's): object and the
// singletons' types.
bool stateless(const Interpreter& interpreter, const Type* builtin) {
  return builtin == interpreter.object_type || builtin == interpreter.none_type ||
         builtin == interpreter.not_implemented_type || builtin == interpreter.ellipsis_type;
}

// object.__getstate__'s work (CPython's object_getstate_default): the
// __dict__ or None, paired with a dict of the __slots__ members that are
// set. `required`: the state must hold everything (no __new__ arguments
// rebuild the object), so a built-in layout with state of its own cannot
// be pickled this way.
Ref default_state(Interpreter& interpreter, Value self, bool required) {
  Type* type = type_of(interpreter, self);
  if (required && type->item_size)
    return interpreter.raise(interpreter.TypeError_type, "cannot pickle " + type->name + " objects");
  if (required && !stateless(interpreter, builtin_base(type))) return cannot_pickle(interpreter, self);
  Ref state = instance_dict_empty(self) ? interpreter.new_none() : instance_dict(interpreter, self);
  if (!state) return Ref();
  Ref names = slot_names(interpreter, type);
  if (!names) return Ref();
  if (names.get() == interpreter.none() || as_list(names.get())->items.empty()) return state;
  Ref slots = new_dict(interpreter);
  const std::size_t size = as_list(names.get())->items.size();
  for (std::size_t i = 0; i < as_list(names.get())->items.size(); ++i) {
    Ref value;
    const int found = lookup_attribute(interpreter, self, as_list(names.get())->items[i], value);
    if (found < 0 || (found && !dict_set_item(interpreter, slots.get(), as_list(names.get())->items[i], value.get())))
      return Ref();
    if (as_list(names.get())->items.size() != size)
      return interpreter.raise(interpreter.RuntimeError_type, "__slotsname__ changed size during iteration");
  }
  if (as_dict(slots.get())->used == 0) return state;
  const Value pair[] = {state.get(), slots.get()};
  return new_tuple(interpreter, pair);
}

// The state through __getstate__, passing `required` on when the method
// is object's own (CPython's object_getstate).
Ref object_state(Interpreter& interpreter, Value self, bool required) {
  Ref method = get_attribute(interpreter, self, interpreter.intern("__getstate__"));
  if (!method) return Ref();
  if (type_of(interpreter, method.get()) == interpreter.builtin_function_type) {
    const auto* builtin = static_cast<const BuiltinFunction*>(method.get().as_object());
    if (builtin->function == &object_getstate_method && builtin->self.get() == self)
      return default_state(interpreter, self, required);
  }
  return call(interpreter, method.get(), nullptr, 0);
}

// The arguments __new__ takes to rebuild the object, from __getnewargs_ex__
// or __getnewargs__ (CPython's _PyObject_GetNewArguments): false on error;
// `args` stays null when the object has neither method.
bool new_arguments(Interpreter& interpreter, Value self, Ref& args, Ref& kwargs) {
  const Value extended = lookup_special(interpreter, self, interpreter.intern("__getnewargs_ex__"));
  if (!extended.is_null()) {
    Ref bound = bind_special(interpreter, extended, self);
    Ref result = bound ? call(interpreter, bound.get(), nullptr, 0) : Ref();
    if (!result) return false;
    if (!is_tuple_instance(interpreter, result.get())) {
      interpreter.set_exception(interpreter.TypeError_type, "__getnewargs_ex__ should return a tuple, not " +
                                                                quoted_type_name(interpreter, result.get()));
      return false;
    }
    const std::span<const Value> items = tuple_span(result.get());
    if (items.size() != 2) {
      interpreter.set_exception(interpreter.ValueError_type,
                                "__getnewargs_ex__ should return a tuple of length 2, not " + std::to_string(items.size()));
      return false;
    }
    if (!is_tuple_instance(interpreter, items[0])) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not " +
                                    quoted_type_name(interpreter, items[0]));
      return false;
    }
    if (!is_dict(interpreter, items[1])) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not " +
                                    quoted_type_name(interpreter, items[1]));
      return false;
    }
    args = Ref::borrow(items[0]);
    kwargs = Ref::borrow(items[1]);
    return true;
  }
  if (interpreter.has_exception()) return false;
  const Value plain = lookup_special(interpreter, self, interpreter.intern("__getnewargs__"));
  if (plain.is_null()) return !interpreter.has_exception();
  Ref bound = bind_special(interpreter, plain, self);
  args = bound ? call(interpreter, bound.get(), nullptr, 0) : Ref();
  if (!args) return false;
  if (!is_tuple_instance(interpreter, args.get())) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "__getnewargs__ should return a tuple, not " + quoted_type_name(interpreter, args.get()));
    args = Ref();
    return false;
  }
  return true;
}

// Protocol 2 and up (CPython's reduce_newobj): (copyreg.__newobj__,
// (cls, *args), state, listitems, dictitems), or copyreg.__newobj_ex__
// with (cls, args, kwargs) when __getnewargs_ex__ gives keywords.
Ref reduce_new_object(Interpreter& interpreter, Value self) {
  Type* type = type_of(interpreter, self);
  if (!type->construct) return cannot_pickle(interpreter, self);
  Ref args, kwargs;
  if (!new_arguments(interpreter, self, args, kwargs)) return Ref();
  const bool has_args = static_cast<bool>(args);
  Ref constructor, constructor_args;
  if (!kwargs || as_dict(kwargs.get())->used == 0) {
    constructor = copyreg_attribute(interpreter, "__newobj__");
    if (!constructor) return Ref();
    std::vector<Value> items{Value::object(type)};
    if (args) items.insert(items.end(), tuple_span(args.get()).begin(), tuple_span(args.get()).end());
    constructor_args = new_tuple(interpreter, items);
  } else {
    constructor = copyreg_attribute(interpreter, "__newobj_ex__");
    if (!constructor) return Ref();
    const Value items[] = {Value::object(type), args.get(), kwargs.get()};
    constructor_args = new_tuple(interpreter, items);
  }
  const bool is_list_object = is_subtype(type_of(interpreter, self), interpreter.list_type),
             is_dict_object = is_dict(interpreter, self);
  Ref state = object_state(interpreter, self, !(has_args || is_list_object || is_dict_object));
  if (!state) return Ref();
  Ref list_items = is_list_object ? get_iterator(interpreter, self) : interpreter.new_none();
  if (!list_items) return Ref();
  Ref dict_items = interpreter.new_none();
  if (is_dict_object) {
    Ref items = call_method(interpreter, self, interpreter.intern("items"), nullptr, 0);
    dict_items = items ? get_iterator(interpreter, items.get()) : Ref();
    if (!dict_items) return Ref();
  }
  const Value result[] = {constructor.get(), constructor_args.get(), state.get(), list_items.get(), dict_items.get()};
  return new_tuple(interpreter, result);
}

// CPython's _common_reduce: protocols 0 and 1 through copyreg._reduce_ex.
Ref common_reduce(Interpreter& interpreter, Value self, std::int64_t protocol) {
  if (protocol >= 2) return reduce_new_object(interpreter, self);
  Ref function = copyreg_attribute(interpreter, "_reduce_ex");
  if (!function) return Ref();
  Ref number = Ref::small_int(protocol);
  const Value arguments[] = {self, number.get()};
  return call(interpreter, function.get(), arguments, 2);
}

// object.__getstate__(): the default state, nothing required.
Ref object_getstate_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "object.__getstate__", count, kwnames)) return Ref();
  return default_state(interpreter, self, false);
}

Ref object_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "object.__reduce__", count, kwnames)) return Ref();
  return common_reduce(interpreter, self, 0);
}

// object.__reduce_ex__(protocol): a __reduce__ the class overrides wins
// (CPython compares type(self).__reduce__ with object.__reduce__).
Ref object_reduce_ex(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "object.__reduce_ex__", count, kwnames)) return Ref();
  std::int64_t protocol = 0;
  if (!index_argument(interpreter, arguments[0], protocol)) return Ref();
  const Value name = interpreter.intern("__reduce__");
  Ref reduce;
  if (lookup_attribute(interpreter, self, name, reduce) < 0) return Ref();
  if (reduce) {
    Ref class_reduce = get_attribute(interpreter, Value::object(type_of(interpreter, self)), name);
    if (!class_reduce) return Ref();
    if (class_reduce.get() != dict_get_str(interpreter.object_type->dict.get(), name))
      return call(interpreter, reduce.get(), nullptr, 0);
  }
  return common_reduce(interpreter, self, protocol);
}

}  // namespace

Ref object_state(Interpreter& interpreter, Value self) { return object_state(interpreter, self, false); }

Value builtin_named(Interpreter& interpreter, const char* name) {
  return dict_get_str(interpreter.builtins(), interpreter.intern(name));
}

Ref reduce_value(Interpreter& interpreter, Value callable, std::span<const Value> arguments, Value state) {
  Ref packed = new_tuple(interpreter, arguments);
  if (state.is_null()) {
    const Value pair[] = {callable, packed.get()};
    return new_tuple(interpreter, pair);
  }
  const Value triple[] = {callable, packed.get(), state};
  return new_tuple(interpreter, triple);
}

Ref reduce_remaining(Interpreter& interpreter, Value copy) {
  Ref items = new_list(interpreter, {});
  if (!list_extend(interpreter, items.get(), copy)) return Ref();
  const Value argument = items.get();
  return reduce_value(interpreter, builtin_named(interpreter, "iter"), {&argument, 1});
}

Ref reduce_with_attributes(Interpreter& interpreter, Value self, std::size_t count, Value kwnames,
                           std::initializer_list<const char*> names) {
  if (!check_reduce_arguments(interpreter, self, count, kwnames)) return Ref();
  std::vector<Ref> values;
  for (const char* name : names) {
    values.push_back(get_attribute(interpreter, self, interpreter.intern(name)));
    if (!values.back()) return Ref();
  }
  std::vector<Value> arguments;
  for (const Ref& value : values) arguments.push_back(value.get());
  return reduce_value(interpreter, Value::object(type_of(interpreter, self)), arguments);
}

bool check_reduce_arguments(Interpreter& interpreter, Value self, std::size_t count, Value kwnames) {
  return check_no_arguments(interpreter, builtin_base(type_of(interpreter, self))->name + ".__reduce__", count, kwnames);
}

void add_object_reduce_methods(Interpreter& interpreter, Type* object_type) {
  add_methods(interpreter, object_type,
              {{"__getstate__", &object_getstate_method},
               {"__reduce__", &object_reduce},
               {"__reduce_ex__", &object_reduce_ex}});
}

}  // namespace krait::runtime
