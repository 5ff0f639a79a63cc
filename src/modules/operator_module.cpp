// Native modules: _operator, after CPython 3.11's Modules/_operator.c: the
// operators as functions (which Lib/operator.py re-exports), and the
// callable types itemgetter, attrgetter and methodcaller that sort keys
// and maps lean on, called through their `call` slot with no Python frame.
#include <string>
#include <vector>

#include "modules/module_types.h"
#include "objects/builtins_numeric.h"
#include "objects/bytes_methods.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/module_object.h"
#include "objects/object_reduce.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/slot_wrappers.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::BinaryOperator;
using runtime::CompareOp;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::UnaryOperator;
using runtime::Value;

// The argument checks of the module's functions: "_operator.neg() takes
// exactly one argument (0 given)", "add expected 2 arguments, got 1",
// "_operator.add() takes no keyword arguments".
bool one_argument(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames) {
  return runtime::check_one_argument(interpreter, std::string("_operator.") + name, count, kwnames);
}

bool arguments_between(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames,
                       std::size_t minimum, std::size_t maximum) {
  if (runtime::arguments_fit(count, kwnames, minimum, maximum)) return true;
  return runtime::reject_keywords(interpreter, std::string("_operator.") + name, kwnames) &&
         runtime::check_argument_count(interpreter, name, count, minimum, maximum);
}

#define KRAIT_OPERATOR_NAME(function) constexpr char function##_name[] = #function;
KRAIT_OPERATOR_NAME(add)
KRAIT_OPERATOR_NAME(sub)
KRAIT_OPERATOR_NAME(mul)
KRAIT_OPERATOR_NAME(truediv)
KRAIT_OPERATOR_NAME(floordiv)
KRAIT_OPERATOR_NAME(mod)
KRAIT_OPERATOR_NAME(pow)
KRAIT_OPERATOR_NAME(lshift)
KRAIT_OPERATOR_NAME(rshift)
KRAIT_OPERATOR_NAME(and_)
KRAIT_OPERATOR_NAME(xor)
KRAIT_OPERATOR_NAME(or_)
KRAIT_OPERATOR_NAME(matmul)
KRAIT_OPERATOR_NAME(iadd)
KRAIT_OPERATOR_NAME(isub)
KRAIT_OPERATOR_NAME(imul)
KRAIT_OPERATOR_NAME(itruediv)
KRAIT_OPERATOR_NAME(ifloordiv)
KRAIT_OPERATOR_NAME(imod)
KRAIT_OPERATOR_NAME(ipow)
KRAIT_OPERATOR_NAME(ilshift)
KRAIT_OPERATOR_NAME(irshift)
KRAIT_OPERATOR_NAME(iand)
KRAIT_OPERATOR_NAME(ixor)
KRAIT_OPERATOR_NAME(ior)
KRAIT_OPERATOR_NAME(imatmul)
KRAIT_OPERATOR_NAME(lt)
KRAIT_OPERATOR_NAME(le)
KRAIT_OPERATOR_NAME(eq)
KRAIT_OPERATOR_NAME(ne)
KRAIT_OPERATOR_NAME(gt)
KRAIT_OPERATOR_NAME(ge)
KRAIT_OPERATOR_NAME(neg)
KRAIT_OPERATOR_NAME(pos)
KRAIT_OPERATOR_NAME(inv)
KRAIT_OPERATOR_NAME(invert)
KRAIT_OPERATOR_NAME(concat)
KRAIT_OPERATOR_NAME(iconcat)
#undef KRAIT_OPERATOR_NAME

// a OP b, or a OP= b.
template <const char* name, BinaryOperator op, bool in_place>
Ref binary(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, name, count, kwnames, 2, 2)) return Ref();
  return runtime::binary_operation(interpreter, op, arguments[0], arguments[1], in_place);
}

template <const char* name, CompareOp op>
Ref comparison(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, name, count, kwnames, 2, 2)) return Ref();
  return runtime::compare(interpreter, arguments[0], arguments[1], op);
}

template <const char* name, UnaryOperator op>
Ref unary(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, name, count, kwnames)) return Ref();
  return runtime::unary_operation(interpreter, op, arguments[0]);
}

// concat(a, b) and iconcat(a, b): + for sequences only (PySequence_Concat).
template <const char* name, bool in_place>
Ref concatenation(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, name, count, kwnames, 2, 2)) return Ref();
  if (!runtime::is_sequence(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type,
                             runtime::quoted_type_name(interpreter, arguments[0]) + " object can't be concatenated");
  return runtime::binary_operation(interpreter, BinaryOperator::ADD, arguments[0], arguments[1], in_place);
}

Ref operator_abs(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, "abs", count, kwnames)) return Ref();
  return runtime::builtin_abs(interpreter, self, arguments, count, kwnames);
}

Ref operator_index(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, "index", count, kwnames)) return Ref();
  return runtime::number_index(interpreter, arguments[0]);
}

Ref operator_truth(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, "truth", count, kwnames)) return Ref();
  const int truth = runtime::truth(interpreter, arguments[0]);
  return truth < 0 ? Ref() : interpreter.new_boolean(truth != 0);
}

Ref operator_not(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, "not_", count, kwnames)) return Ref();
  const int truth = runtime::truth(interpreter, arguments[0]);
  return truth < 0 ? Ref() : interpreter.new_boolean(truth == 0);
}

Ref operator_is(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "is_", count, kwnames, 2, 2)) return Ref();
  return interpreter.new_boolean(arguments[0] == arguments[1]);
}

Ref operator_is_not(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "is_not", count, kwnames, 2, 2)) return Ref();
  return interpreter.new_boolean(arguments[0] != arguments[1]);
}

Ref operator_contains(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "contains", count, kwnames, 2, 2)) return Ref();
  const int found = runtime::contains(interpreter, arguments[0], arguments[1]);
  return found < 0 ? Ref() : interpreter.new_boolean(found != 0);
}

// The iteration of countOf and indexOf (CPython's _PySequence_IterSearch):
// TypeError "argument of type 'int' is not iterable".
Ref search_iterator(Interpreter& interpreter, Value sequence) {
  Ref iterator = runtime::get_iterator(interpreter, sequence);
  if (!iterator && interpreter.exception_is(interpreter.TypeError_type)) {
    Ref ignored = interpreter.take_exception();
    return interpreter.raise(interpreter.TypeError_type, "argument of type " +
                                                             runtime::quoted_type_name(interpreter, sequence) +
                                                             " is not iterable");
  }
  return iterator;
}

// countOf(a, b) (`first` false) or indexOf(a, b): the items equal to b.
template <const char* name, bool first>
Ref sequence_search(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, name, count, kwnames, 2, 2)) return Ref();
  Ref iterator = search_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  std::int64_t position = 0, found = 0;
  for (;; ++position) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) break;
    const int same = runtime::equal(interpreter, item.get(), arguments[1]);
    if (same < 0) return Ref();
    if (same && first) return runtime::new_int(interpreter, position);
    found += same;
  }
  if (interpreter.has_exception()) return Ref();
  if (first) return interpreter.raise(interpreter.ValueError_type, "sequence.index(x): x not in sequence");
  return runtime::new_int(interpreter, found);
}
constexpr char count_of_name[] = "countOf";
constexpr char index_of_name[] = "indexOf";

Ref operator_getitem(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "getitem", count, kwnames, 2, 2)) return Ref();
  return runtime::get_item(interpreter, arguments[0], arguments[1]);
}

Ref operator_setitem(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "setitem", count, kwnames, 3, 3) ||
      !runtime::set_item(interpreter, arguments[0], arguments[1], arguments[2]))
    return Ref();
  return interpreter.new_none();
}

Ref operator_delitem(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "delitem", count, kwnames, 2, 2) ||
      !runtime::set_item(interpreter, arguments[0], arguments[1], Value()))
    return Ref();
  return interpreter.new_none();
}

// call(obj, /, *args, **kwargs).
Ref operator_call(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_argument_count(interpreter, "call", count, 1, SIZE_MAX)) return Ref();
  return runtime::call(interpreter, arguments[0], arguments + 1, count - 1, kwnames);
}

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else
// default (CPython's PyObject_LengthHint).
Ref operator_length_hint(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "length_hint", count, kwnames, 1, 2)) return Ref();
  std::int64_t fallback = 0;
  if (count == 2 && !runtime::index_argument(interpreter, arguments[1], fallback)) return Ref();
  const Value object = arguments[0];
  if (!runtime::lookup_special(interpreter, object, interpreter.intern("__len__")).is_null()) {
    Ref size = runtime::length(interpreter, object);
    if (size || !interpreter.exception_is(interpreter.TypeError_type)) return size;
    Ref ignored = interpreter.take_exception();
  }
  bool found = true;
  Ref hint = runtime::call_special(interpreter, object, interpreter.intern("__length_hint__"), nullptr, 0, found);
  if (!found) return runtime::new_int(interpreter, fallback);
  if (!hint) {
    if (!interpreter.exception_is(interpreter.TypeError_type)) return Ref();
    Ref ignored = interpreter.take_exception();
    return runtime::new_int(interpreter, fallback);
  }
  if (hint.get() == interpreter.not_implemented()) return runtime::new_int(interpreter, fallback);
  if (!runtime::is_int(interpreter, hint.get()))
    return interpreter.raise(interpreter.TypeError_type, "__length_hint__ must be an integer, not " +
                                                             std::string(runtime::type_name(interpreter, hint.get())));
  std::int64_t value = 0;
  if (!runtime::index_argument(interpreter, hint.get(), value)) return Ref();
  if (value < 0) return interpreter.raise(interpreter.ValueError_type, "__length_hint__() should return >= 0");
  return runtime::new_int(interpreter, value);
}

// _compare_digest(a, b): a == b for two ASCII strs or two bytes-like
// objects (CPython compares in constant time; so does this loop).
Ref operator_compare_digest(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!arguments_between(interpreter, "_compare_digest", count, kwnames, 2, 2)) return Ref();
  const Value a = arguments[0], b = arguments[1];
  std::string_view left, right;
  if (runtime::is_str(interpreter, a) && runtime::is_str(interpreter, b)) {
    left = runtime::str_utf8(a);
    right = runtime::str_utf8(b);
    for (const std::string_view text : {left, right})
      for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
          return interpreter.raise(interpreter.TypeError_type,
                                   "comparing strings with non-ASCII characters is not supported");
  } else {
    if (!runtime::byte_view(interpreter, a, left) && !runtime::byte_view(interpreter, b, right))
      return interpreter.raise(interpreter.TypeError_type,
                               "unsupported operand types(s) or combination of types: " +
                                   runtime::quoted_type_name(interpreter, a) + " and " +
                                   runtime::quoted_type_name(interpreter, b));
    if (!runtime::require_byte_view(interpreter, a, left) || !runtime::require_byte_view(interpreter, b, right))
      return Ref();
  }
  // Every byte of `right` is compared, whatever the lengths (CPython's
  // _tscmp): against itself when the lengths differ.
  const std::string_view compared = left.size() == right.size() ? left : right;
  unsigned difference = left.size() != right.size();
  for (std::size_t i = 0; i < right.size(); ++i)
    difference |= static_cast<unsigned char>(compared[i]) ^ static_cast<unsigned char>(right[i]);
  return interpreter.new_boolean(difference == 0);
}

// ---- itemgetter(*items) ----------------------------------------------------

struct ItemGetter : runtime::Object {
  std::vector<Ref> items;
  template <class F>
  void for_fields(F f) {
    for (Ref& item : items) f(item);
  }
};

// The arguments of a getter's call: exactly the one object, no keywords.
bool getter_call_arguments(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames) {
  return runtime::arguments_fit(count, kwnames, 1, 1) ||
         (runtime::reject_keywords(interpreter, name, kwnames) &&
          runtime::check_argument_count(interpreter, name, count, 1, 1));
}

// The getters' arguments: at least one ("itemgetter expected 1 argument,
// got 0", as CPython words it), no keywords.
bool getter_arguments(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames) {
  return runtime::reject_keywords(interpreter, name, kwnames) &&
         (count > 0 || runtime::check_argument_count(interpreter, name, count, 1, 1));
}

Ref itemgetter_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!getter_arguments(interpreter, "itemgetter", count, kwnames)) return Ref();
  auto* getter = new_instance<ItemGetter>(interpreter, type);
  for (std::size_t i = 0; i < count; ++i) getter->items.push_back(Ref::borrow(arguments[i]));
  return owned(getter);
}

// object[item], straight to the list or tuple for a small int index.
Ref get_one_item(Interpreter& interpreter, Value object, Value item) {
  if (item.is_small_int() && object.is_object()) {
    const Type* type = object.as_object()->type;
    std::int64_t index = item.as_small_int();
    if (type == interpreter.list_type) {
      const std::vector<Value>& items = runtime::as_list(object)->items;
      if (index < 0) index += static_cast<std::int64_t>(items.size());
      if (index >= 0 && index < static_cast<std::int64_t>(items.size())) return Ref::borrow(items[index]);
    } else if (type == interpreter.tuple_type) {
      const runtime::TupleObject* tuple = runtime::as_tuple(object);
      if (index < 0) index += tuple->size;
      if (index >= 0 && index < tuple->size) return Ref::borrow(tuple->items()[index]);
    }
  }
  return runtime::get_item(interpreter, object, item);
}

// Calls `get` for each of a getter's items; one item gives its result, more
// a tuple of them.
template <class Get>
Ref getter_results(Interpreter& interpreter, const std::vector<Ref>& items, Get get) {
  if (items.size() == 1) return get(items[0].get());
  std::vector<Ref> results;
  results.reserve(items.size());
  for (const Ref& item : items) {
    results.push_back(get(item.get()));
    if (!results.back()) return Ref();
  }
  std::vector<Value> values;
  values.reserve(results.size());
  for (const Ref& result : results) values.push_back(result.get());
  return runtime::new_tuple(interpreter, values);
}

Ref itemgetter_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!getter_call_arguments(interpreter, "itemgetter", count, kwnames)) return Ref();
  const Value object = arguments[0];
  return getter_results(interpreter, as<ItemGetter>(self)->items,
                        [&](Value item) { return get_one_item(interpreter, object, item); });
}

// "operator.itemgetter(1, 'a')": the qualified name and the arguments'
// reprs, "..." when met again inside itself.
Ref getter_repr(Interpreter& interpreter, Value self, const std::vector<Ref>& arguments, std::string keywords = "") {
  const std::string& prefix = self.as_object()->type->name;
  for (const Value active : interpreter.repr_active)
    if (active == self) return runtime::new_str(interpreter, prefix + "(...)");
  interpreter.repr_active.push_back(self);
  std::string text = prefix + "(";
  bool ok = true;
  for (std::size_t i = 0; i < arguments.size() && ok; ++i) {
    Ref item = runtime::repr(interpreter, arguments[i].get());
    if (!item) ok = false;
    else text += (i ? ", " : "") + std::string(runtime::str_utf8(item.get()));
  }
  interpreter.repr_active.pop_back();
  if (!ok) return Ref();
  return runtime::new_str(interpreter, text + keywords + ")");
}

Ref itemgetter_repr(Interpreter& interpreter, Value self) {
  return getter_repr(interpreter, self, as<ItemGetter>(self)->items);
}

// ---- attrgetter(*attrs) ----------------------------------------------------

struct AttrGetter : runtime::Object {
  std::vector<Ref> names;            // as given, for the repr
  std::vector<std::vector<Ref>> paths;  // each name split at its dots (interned)
  template <class F>
  void for_fields(F f) {
    for (Ref& name : names) f(name);
  }
};

Ref attrgetter_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!getter_arguments(interpreter, "attrgetter", count, kwnames)) return Ref();
  auto* getter = new_instance<AttrGetter>(interpreter, type);
  Ref result = owned(getter);
  for (std::size_t i = 0; i < count; ++i) {
    if (!runtime::is_str(interpreter, arguments[i]))
      return interpreter.raise(interpreter.TypeError_type, "attribute name must be a string");
    getter->names.push_back(Ref::borrow(arguments[i]));
    std::vector<Ref> path;
    const std::string_view name = runtime::str_utf8(arguments[i]);
    for (std::size_t start = 0;;) {
      const std::size_t dot = name.find('.', start);
      path.push_back(Ref::borrow(interpreter.intern(name.substr(start, dot - start))));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    getter->paths.push_back(std::move(path));
  }
  return result;
}

Ref attrgetter_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!getter_call_arguments(interpreter, "attrgetter", count, kwnames)) return Ref();
  const auto* getter = as<AttrGetter>(self);
  const Value object = arguments[0];
  std::vector<Ref> indices;
  for (std::size_t i = 0; i < getter->paths.size(); ++i) indices.push_back(Ref::small_int(static_cast<std::int64_t>(i)));
  return getter_results(interpreter, indices, [&](Value index) {
    Ref value = Ref::borrow(object);
    for (const Ref& name : getter->paths[index.as_small_int()]) {
      value = runtime::get_attribute(interpreter, value.get(), name.get());
      if (!value) break;
    }
    return value;
  });
}

Ref attrgetter_repr(Interpreter& interpreter, Value self) {
  return getter_repr(interpreter, self, as<AttrGetter>(self)->names);
}

// ---- methodcaller(name, /, *args, **kwargs) --------------------------------

struct MethodCaller : runtime::Object {
  Ref name;
  std::vector<Ref> arguments;  // the positional ones, then the keyword values
  Ref kwnames;                 // null: no keywords
  template <class F>
  void for_fields(F f) {
    f(name);
    for (Ref& argument : arguments) f(argument);
    f(kwnames);
  }
};

Ref methodcaller_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                           Value kwnames) {
  if (count < 1)
    return interpreter.raise(interpreter.TypeError_type, "methodcaller needs at least one argument, the method name");
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "method name must be a string");
  auto* caller = new_instance<MethodCaller>(interpreter, type);
  caller->name = Ref::borrow(interpreter.intern(runtime::str_utf8(arguments[0])));
  for (std::size_t i = 1; i < count + runtime::keyword_count(kwnames); ++i)
    caller->arguments.push_back(Ref::borrow(arguments[i]));
  if (runtime::keyword_count(kwnames) > 0) caller->kwnames = Ref::borrow(kwnames);
  return owned(caller);
}

Ref methodcaller_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!getter_call_arguments(interpreter, "methodcaller", count, kwnames)) return Ref();
  const auto* caller = as<MethodCaller>(self);
  Ref method = runtime::get_attribute(interpreter, arguments[0], caller->name.get());
  if (!method) return Ref();
  std::vector<Value> values;
  values.reserve(caller->arguments.size());
  for (const Ref& argument : caller->arguments) values.push_back(argument.get());
  const std::size_t keywords = runtime::keyword_count(caller->kwnames.get());
  return runtime::call(interpreter, method.get(), values.data(), values.size() - keywords, caller->kwnames.get());
}

Ref methodcaller_repr(Interpreter& interpreter, Value self) {
  const auto* caller = as<MethodCaller>(self);
  const std::size_t keywords = runtime::keyword_count(caller->kwnames.get());
  std::vector<Ref> positional;
  positional.push_back(Ref::borrow(caller->name.get()));
  for (std::size_t i = 0; i + keywords < caller->arguments.size(); ++i)
    positional.push_back(Ref::borrow(caller->arguments[i].get()));
  std::string text;
  const std::size_t first_keyword = caller->arguments.size() - keywords;
  for (std::size_t i = 0; i < keywords; ++i) {
    Ref value = runtime::repr(interpreter, caller->arguments[first_keyword + i].get());
    if (!value) return Ref();
    text += ", " + std::string(runtime::str_utf8(runtime::as_tuple(caller->kwnames.get())->items()[i])) + "=" +
            std::string(runtime::str_utf8(value.get()));
  }
  return getter_repr(interpreter, self, positional, text);
}

// __reduce__() of the getters: (type, items) and (type, names); a
// methodcaller is (type, (name, *args)), or with keywords
// (functools.partial(type, name, **kwargs), args), as CPython's.
template <class Getter, std::vector<Ref> Getter::*field>
Ref getter_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  std::vector<Value> items;
  for (const Ref& item : as<Getter>(self)->*field) items.push_back(item.get());
  return runtime::reduce_value(interpreter, Value::object(runtime::type_of(interpreter, self)), items);
}
constexpr auto itemgetter_reduce = &getter_reduce<ItemGetter, &ItemGetter::items>;
constexpr auto attrgetter_reduce = &getter_reduce<AttrGetter, &AttrGetter::names>;

Ref methodcaller_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* caller = as<MethodCaller>(self);
  const Value type = Value::object(runtime::type_of(interpreter, self));
  const std::size_t keywords = runtime::keyword_count(caller->kwnames.get());
  const std::size_t positional = caller->arguments.size() - keywords;
  std::vector<Value> values;
  for (const Ref& argument : caller->arguments) values.push_back(argument.get());
  if (keywords == 0) {
    values.insert(values.begin(), caller->name.get());
    return runtime::reduce_value(interpreter, type, values);
  }
  Ref functools = runtime::import_module(interpreter, "functools");
  Ref partial = functools ? runtime::get_attribute(interpreter, functools.get(), interpreter.intern("partial")) : Ref();
  if (!partial) return Ref();
  std::vector<Value> partial_arguments{type, caller->name.get()};
  partial_arguments.insert(partial_arguments.end(), values.begin() + static_cast<std::ptrdiff_t>(positional), values.end());
  Ref constructor = runtime::call(interpreter, partial.get(), partial_arguments.data(), 2, caller->kwnames.get());
  if (!constructor) return Ref();
  Ref args = runtime::new_tuple(interpreter, std::span<const Value>(values.data(), positional));
  const Value pair[] = {constructor.get(), args.get()};
  return runtime::new_tuple(interpreter, pair);
}

template <class T>
void publish_callable_type(Interpreter& interpreter, Value module, const char* name, runtime::CallSlot construct,
                           runtime::CallSlot call, runtime::UnarySlot repr, runtime::NativeFunction reduce) {
  Type* type = new_container_type<T>(interpreter, std::string("operator.") + name);
  type->subclassable = false;
  type->construct = construct;
  type->call = call;
  type->repr = repr;
  runtime::add_methods(interpreter, type, {{"__reduce__", reduce}});
  runtime::ready_native_type(interpreter, type);
  runtime::module_set(interpreter, module, name, Value::object(type));
}

// The module's __doc__, as CPython's.
constexpr char module_doc[] =
    "Operator interface.\n"
    "\n"
    "This module exports a set of functions implemented in C corresponding\n"
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    "is equivalent to the expression x+y.  The function names are those\n"
    "used for special methods; variants without leading and trailing\n"
    "'__' are also provided for convenience.";

}  // namespace

Ref create_operator_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_operator");
  set_module_doc(interpreter, module.get(), module_doc);
  const Value operator_module = module.get();
  runtime::add_module_functions(
      interpreter, operator_module,
      {{"_compare_digest", &operator_compare_digest},
       {"abs", &operator_abs},
       {"add", &binary<add_name, BinaryOperator::ADD, false>},
       {"and_", &binary<and__name, BinaryOperator::AND, false>},
       {"call", &operator_call},
       {"concat", &concatenation<concat_name, false>},
       {"contains", &operator_contains},
       {"countOf", &sequence_search<count_of_name, false>},
       {"delitem", &operator_delitem},
       {"eq", &comparison<eq_name, CompareOp::Eq>},
       {"floordiv", &binary<floordiv_name, BinaryOperator::FLOOR_DIVIDE, false>},
       {"ge", &comparison<ge_name, CompareOp::Ge>},
       {"getitem", &operator_getitem},
       {"gt", &comparison<gt_name, CompareOp::Gt>},
       {"iadd", &binary<iadd_name, BinaryOperator::ADD, true>},
       {"iand", &binary<iand_name, BinaryOperator::AND, true>},
       {"iconcat", &concatenation<iconcat_name, true>},
       {"ifloordiv", &binary<ifloordiv_name, BinaryOperator::FLOOR_DIVIDE, true>},
       {"ilshift", &binary<ilshift_name, BinaryOperator::LEFT_SHIFT, true>},
       {"imatmul", &binary<imatmul_name, BinaryOperator::MATRIX_MULTIPLY, true>},
       {"imod", &binary<imod_name, BinaryOperator::REMAINDER, true>},
       {"imul", &binary<imul_name, BinaryOperator::MULTIPLY, true>},
       {"index", &operator_index},
       {"indexOf", &sequence_search<index_of_name, true>},
       {"inv", &unary<inv_name, UnaryOperator::Invert>},
       {"invert", &unary<invert_name, UnaryOperator::Invert>},
       {"ior", &binary<ior_name, BinaryOperator::OR, true>},
       {"ipow", &binary<ipow_name, BinaryOperator::POWER, true>},
       {"irshift", &binary<irshift_name, BinaryOperator::RIGHT_SHIFT, true>},
       {"is_", &operator_is},
       {"is_not", &operator_is_not},
       {"isub", &binary<isub_name, BinaryOperator::SUBTRACT, true>},
       {"itruediv", &binary<itruediv_name, BinaryOperator::TRUE_DIVIDE, true>},
       {"ixor", &binary<ixor_name, BinaryOperator::XOR, true>},
       {"le", &comparison<le_name, CompareOp::Le>},
       {"length_hint", &operator_length_hint},
       {"lshift", &binary<lshift_name, BinaryOperator::LEFT_SHIFT, false>},
       {"lt", &comparison<lt_name, CompareOp::Lt>},
       {"matmul", &binary<matmul_name, BinaryOperator::MATRIX_MULTIPLY, false>},
       {"mod", &binary<mod_name, BinaryOperator::REMAINDER, false>},
       {"mul", &binary<mul_name, BinaryOperator::MULTIPLY, false>},
       {"ne", &comparison<ne_name, CompareOp::Ne>},
       {"neg", &unary<neg_name, UnaryOperator::Negative>},
       {"not_", &operator_not},
       {"or_", &binary<or__name, BinaryOperator::OR, false>},
       {"pos", &unary<pos_name, UnaryOperator::Positive>},
       {"pow", &binary<pow_name, BinaryOperator::POWER, false>},
       {"rshift", &binary<rshift_name, BinaryOperator::RIGHT_SHIFT, false>},
       {"setitem", &operator_setitem},
       {"sub", &binary<sub_name, BinaryOperator::SUBTRACT, false>},
       {"truediv", &binary<truediv_name, BinaryOperator::TRUE_DIVIDE, false>},
       {"truth", &operator_truth},
       {"xor", &binary<xor_name, BinaryOperator::XOR, false>}});
  publish_callable_type<ItemGetter>(interpreter, operator_module, "itemgetter", &itemgetter_construct,
                                    &itemgetter_call, &itemgetter_repr, itemgetter_reduce);
  publish_callable_type<AttrGetter>(interpreter, operator_module, "attrgetter", &attrgetter_construct,
                                    &attrgetter_call, &attrgetter_repr, attrgetter_reduce);
  publish_callable_type<MethodCaller>(interpreter, operator_module, "methodcaller", &methodcaller_construct,
                                      &methodcaller_call, &methodcaller_repr, &methodcaller_reduce);
  return module;
}

}  // namespace krait::modules
