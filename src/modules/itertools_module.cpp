// Native modules: itertools, after CPython 3.11's Modules/itertoolsmodule.c:
// the iterator types count, cycle, repeat, accumulate, chain, compress,
// dropwhile, filterfalse, groupby (with _grouper), islice, pairwise,
// starmap, takewhile, tee (_tee over shared _tee_dataobject links),
// zip_longest and the combinatoric product, permutations, combinations and
// combinations_with_replacement. Each steps in its `next` slot; the
// combinatoric ones reuse their result tuple when nobody else holds it.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "modules/module_types.h"
#include "objects/generic_alias_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/object_reduce.h"
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

constexpr std::int64_t maxsize = std::numeric_limits<std::int64_t>::max();

Ref type_error(Interpreter& interpreter, const std::string& message) {
  return interpreter.raise(interpreter.TypeError_type, message);
}

Ref value_error(Interpreter& interpreter, const std::string& message) {
  return interpreter.raise(interpreter.ValueError_type, message);
}

// The arguments of a type taking positional arguments only: "cycle() takes
// no keyword arguments", "cycle expected 1 argument, got 0".
bool positional_arguments(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames,
                          std::size_t minimum, std::size_t maximum) {
  return runtime::reject_keywords(interpreter, name, kwnames) &&
         runtime::check_argument_count(interpreter, name, count, minimum, maximum);
}

// The last result tuple when the iterator holds the only reference to it,
// to be refilled in place (CPython's reuse); null otherwise. The collector
// may have stopped tracking it (a tuple of atoms): it is tracked again, as
// new items may be containers.
runtime::TupleObject* reusable_result(Interpreter& interpreter, const Ref& result) {
  if (!result || result.get().as_object()->refcount != 1) return nullptr;
  runtime::TupleObject* tuple = runtime::as_tuple(result.get());
  if (!runtime::gc_is_tracked(tuple)) runtime::gc_track(interpreter, tuple);
  return tuple;
}

// The result tuple to fill: the last one when reusable, else a copy of it.
runtime::TupleObject* writable_result(Interpreter& interpreter, Ref& result) {
  if (runtime::TupleObject* tuple = reusable_result(interpreter, result)) return tuple;
  const runtime::TupleObject* previous = runtime::as_tuple(result.get());
  result = runtime::new_tuple(interpreter, {previous->items(), static_cast<std::size_t>(previous->size)});
  return runtime::as_tuple(result.get());
}

void set_item(runtime::TupleObject* tuple, std::int64_t index, Value item) {
  runtime::incref(item);
  runtime::decref(tuple->items()[index]);
  tuple->items()[index] = item;
}

// The last result, returned once more (a new reference).
Ref share(const Ref& result) { return Ref::borrow(result.get()); }

// CPython's PyNumber_Check: an int, a float, a complex, or an object whose
// type has __index__, __int__ or __float__.
bool is_number(Interpreter& interpreter, Value value) {
  if (value.is_small_int() || runtime::is_int(interpreter, value)) return true;
  const Type* type = runtime::type_of(interpreter, value);
  if (runtime::is_subtype(type, interpreter.float_type) || runtime::is_subtype(type, interpreter.complex_type))
    return true;
  for (const char* name : {"__index__", "__int__", "__float__"})
    if (!runtime::type_lookup(type, interpreter.intern(name)).is_null()) return true;
  return false;
}

// ---- count(start=0, step=1) -----------------------------------------------

struct Count : runtime::Object {
  Ref current;
  Ref step;
  template <class F>
  void for_fields(F f) {
    f(current);
    f(step);
  }
};

Ref count_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {"count", {"start", "step"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  const Value start = bound[0].is_null() ? Value::small_int(0) : bound[0];
  const Value step = bound[1].is_null() ? Value::small_int(1) : bound[1];
  if (!is_number(interpreter, start) || !is_number(interpreter, step)) return type_error(interpreter, "a number is required");
  auto* counter = new_instance<Count>(interpreter, type);
  Ref result = owned(counter);
  counter->current = Ref::borrow(start);
  counter->step = Ref::borrow(step);
  // CPython counts ints by one in machine integers: bools and int
  // subclasses count as plain ints then.
  std::int64_t value = 0;
  if (runtime::is_int(interpreter, start) && runtime::is_int(interpreter, step) &&
      runtime::int_to_int64(interpreter, step, value) && value == 1 &&
      runtime::int_to_int64(interpreter, start, value)) {
    counter->current = runtime::new_int(interpreter, value);
    counter->step = Ref::small_int(1);
  }
  return result;
}

Ref count_next(Interpreter& interpreter, Value self) {
  auto* counter = as<Count>(self);
  const Value current = counter->current.get();
  const Value step = counter->step.get();
  Ref following;
  if (current.is_small_int() && step.is_small_int())
    following = runtime::new_int(interpreter, current.as_small_int() + step.as_small_int());
  else
    following = runtime::binary_operation(interpreter, runtime::BinaryOperator::ADD, current, step, false);
  if (!following) return Ref();
  Ref result = std::move(counter->current);
  counter->current = std::move(following);
  return result;
}

// __reduce__(): (type, (current,)) while counting ints by one, else
// (type, (current, step)).
Ref count_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "count.__reduce__", count, kwnames)) return Ref();
  auto* counter = as<Count>(self);
  const Value type = Value::object(counter->type);
  const Value current = counter->current.get(), step = counter->step.get();
  const bool by_one = step.is_small_int() && step.as_small_int() == 1 &&
                      runtime::type_of(interpreter, current) == interpreter.int_type;
  if (by_one) return runtime::reduce_value(interpreter, type, {&current, 1});
  const Value arguments[] = {current, step};
  return runtime::reduce_value(interpreter, type, arguments);
}

// "count(5)", "count(5, 2)": the step is left out when it is the int 1.
Ref count_repr(Interpreter& interpreter, Value self) {
  auto* counter = as<Count>(self);
  Ref start = runtime::repr(interpreter, counter->current.get());
  if (!start) return Ref();
  std::string text = std::string(short_type_name(counter->type)) + "(" + std::string(runtime::str_utf8(start.get()));
  const Value step = counter->step.get();
  std::int64_t step_value = 0;
  if (!(runtime::is_int(interpreter, step) && runtime::int_to_int64(interpreter, step, step_value) && step_value == 1)) {
    Ref step_text = runtime::repr(interpreter, step);
    if (!step_text) return Ref();
    text += ", " + std::string(runtime::str_utf8(step_text.get()));
  }
  return runtime::new_str(interpreter, text + ")");
}

// ---- cycle(iterable) -------------------------------------------------------

struct Cycle : runtime::Object {
  Ref iterator;  // null once exhausted: then the saved items repeat
  std::vector<Ref> saved;
  std::size_t index = 0;
  template <class F>
  void for_fields(F f) {
    f(iterator);
    for (Ref& item : saved) f(item);
  }
};

Ref cycle_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional_arguments(interpreter, "cycle", count, kwnames, 1, 1)) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  auto* cycle = new_instance<Cycle>(interpreter, type);
  cycle->iterator = std::move(iterator);
  return owned(cycle);
}

Ref cycle_next(Interpreter& interpreter, Value self) {
  auto* cycle = as<Cycle>(self);
  if (cycle->iterator) {
    Ref item = runtime::next_item(interpreter, cycle->iterator.get());
    if (item) {
      cycle->saved.push_back(Ref::borrow(item.get()));
      return item;
    }
    if (interpreter.has_exception()) return Ref();
    cycle->iterator = Ref();
  }
  if (cycle->saved.empty()) return Ref();
  Ref item = Ref::borrow(cycle->saved[cycle->index].get());
  if (++cycle->index >= cycle->saved.size()) cycle->index = 0;
  return item;
}

// ---- repeat(object[, times]) -----------------------------------------------

struct Repeat : runtime::Object {
  Ref element;
  std::int64_t left = -1;  // -1: forever
  template <class F>
  void for_fields(F f) {
    f(element);
  }
};

Ref repeat_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {"repeat", {"object", "times"}, 0, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  std::int64_t times = -1;
  if (!bound[1].is_null()) {
    if (!runtime::index_argument(interpreter, bound[1], times)) return Ref();
    if (times < 0) times = 0;
  }
  auto* repeat = new_instance<Repeat>(interpreter, type);
  repeat->element = Ref::borrow(bound[0]);
  repeat->left = times;
  return owned(repeat);
}

Ref repeat_next(Interpreter&, Value self) {
  auto* repeat = as<Repeat>(self);
  if (repeat->left == 0) return Ref();
  if (repeat->left > 0) --repeat->left;
  return Ref::borrow(repeat->element.get());
}

Ref repeat_repr(Interpreter& interpreter, Value self) {
  auto* repeat = as<Repeat>(self);
  Ref element = runtime::repr(interpreter, repeat->element.get());
  if (!element) return Ref();
  std::string text = std::string(short_type_name(repeat->type)) + "(" + std::string(runtime::str_utf8(element.get()));
  if (repeat->left >= 0) text += ", " + std::to_string(repeat->left);
  return runtime::new_str(interpreter, text + ")");
}

// __reduce__(): (type, (object, times left)), or (type, (object,)) forever.
Ref repeat_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "repeat.__reduce__", count, kwnames)) return Ref();
  auto* repeat = as<Repeat>(self);
  const Value type = Value::object(repeat->type);
  if (repeat->left < 0) {
    const Value element = repeat->element.get();
    return runtime::reduce_value(interpreter, type, {&element, 1});
  }
  Ref left = runtime::new_int(interpreter, repeat->left);
  const Value arguments[] = {repeat->element.get(), left.get()};
  return runtime::reduce_value(interpreter, type, arguments);
}

Ref repeat_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  const std::int64_t left = as<Repeat>(self)->left;
  if (left < 0) return type_error(interpreter, "len() of unsized object");
  return runtime::new_int(interpreter, left);
}

// ---- accumulate(iterable, func=None, *, initial=None) ----------------------

struct Accumulate : runtime::Object {
  Ref iterator;
  Ref function;  // null: addition
  Ref total;     // null before the first item
  Ref initial;   // null once given out (or when not given)
  template <class F>
  void for_fields(F f) {
    f(iterator);
    f(function);
    f(total);
    f(initial);
  }
};

Ref accumulate_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                         Value kwnames) {
  Value bound[3] = {};
  if (!runtime::bind_arguments(interpreter, {"accumulate", {"iterable", "func", "initial"}, 0, 1, 1}, arguments, count,
                               kwnames, bound))
    return Ref();
  Ref iterator = runtime::get_iterator(interpreter, bound[0]);
  if (!iterator) return Ref();
  auto* accumulate = new_instance<Accumulate>(interpreter, type);
  accumulate->iterator = std::move(iterator);
  if (!bound[1].is_null() && bound[1] != interpreter.none()) accumulate->function = Ref::borrow(bound[1]);
  if (!bound[2].is_null() && bound[2] != interpreter.none()) accumulate->initial = Ref::borrow(bound[2]);
  return owned(accumulate);
}

// __reduce__(): (type, (iterator, func or None), total) with the running
// total as the state (__setstate__); an initial value not yet given out
// goes in front through chain((initial,), iterator).
Ref accumulate_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* accumulate = as<Accumulate>(self);
  const Value type = Value::object(accumulate->type);
  const Value function = accumulate->function ? accumulate->function.get() : interpreter.none();
  if (accumulate->initial) {
    Ref itertools = runtime::import_module(interpreter, "itertools");
    Ref chain = itertools ? runtime::get_attribute(interpreter, itertools.get(), interpreter.intern("chain")) : Ref();
    const Value first = accumulate->initial.get();
    Ref head = runtime::new_tuple(interpreter, {&first, 1});
    const Value parts[] = {head.get(), accumulate->iterator.get()};
    Ref iterator = chain ? runtime::call(interpreter, chain.get(), parts, 2) : Ref();
    if (!iterator) return Ref();
    const Value arguments[] = {iterator.get(), function};
    return runtime::reduce_value(interpreter, type, arguments, interpreter.none());
  }
  const Value arguments[] = {accumulate->iterator.get(), function};
  return runtime::reduce_value(interpreter, type, arguments,
                               accumulate->total ? accumulate->total.get() : interpreter.none());
}

Ref accumulate_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  as<Accumulate>(self)->total = Ref::borrow(arguments[0]);
  return interpreter.new_none();
}

Ref accumulate_next(Interpreter& interpreter, Value self) {
  auto* accumulate = as<Accumulate>(self);
  if (accumulate->initial) {
    accumulate->total = std::move(accumulate->initial);
    return share(accumulate->total);
  }
  Ref item = runtime::next_item(interpreter, accumulate->iterator.get());
  if (!item) return Ref();
  if (accumulate->total) {
    if (accumulate->function) {
      const Value pair[] = {accumulate->total.get(), item.get()};
      item = runtime::call(interpreter, accumulate->function.get(), pair, 2);
    } else {
      item = runtime::binary_operation(interpreter, runtime::BinaryOperator::ADD, accumulate->total.get(), item.get(),
                                       false);
    }
    if (!item) return Ref();
  }
  accumulate->total = std::move(item);
  return share(accumulate->total);
}

// ---- chain(*iterables), chain.from_iterable(iterable) ----------------------

struct Chain : runtime::Object {
  Ref source;  // an iterator over the iterables; null once exhausted
  Ref active;  // the current iterable's iterator
  template <class F>
  void for_fields(F f) {
    f(source);
    f(active);
  }
};

Ref new_chain(Interpreter& interpreter, Value type, Value iterables) {
  Ref source = runtime::get_iterator(interpreter, iterables);
  if (!source) return Ref();
  auto* chain = new_instance<Chain>(interpreter, type);
  chain->source = std::move(source);
  return owned(chain);
}

Ref chain_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional_arguments(interpreter, "chain", count, kwnames, 0, maxsize)) return Ref();
  Ref iterables = runtime::new_tuple(interpreter, {arguments, count});
  return new_chain(interpreter, type, iterables.get());
}

// chain.from_iterable(iterable), a class method: arguments[0] is the class.
Ref chain_from_iterable(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "chain.from_iterable", count - 1, kwnames)) return Ref();
  return new_chain(interpreter, arguments[0], arguments[1]);
}

// __reduce__(): (type, (), (source, active)) -- (type, (), (source,))
// between iterables, (type, ()) once exhausted -- which __setstate__ takes.
Ref chain_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* chain = as<Chain>(self);
  Ref empty = runtime::new_tuple(interpreter, {});
  const Value type = Value::object(chain->type);
  if (!chain->source) {
    const Value pair[] = {type, empty.get()};
    return runtime::new_tuple(interpreter, pair);
  }
  const Value parts[] = {chain->source.get(), chain->active.get()};
  Ref state = runtime::new_tuple(interpreter, std::span<const Value>(parts, chain->active ? 2 : 1));
  return runtime::reduce_value(interpreter, type, {}, state.get());
}

Ref chain_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  const Value state = arguments[0];
  if (!runtime::is_tuple_instance(interpreter, state)) return type_error(interpreter, "state is not a tuple");
  const runtime::TupleObject* parts = runtime::as_tuple(state);
  if (parts->size < 1 || parts->size > 2)
    return type_error(interpreter, parts->size < 1 ? "function takes at least 1 argument (0 given)"
                                                   : "function takes at most 2 arguments (" +
                                                         std::to_string(parts->size) + " given)");
  for (std::int64_t i = 0; i < parts->size; ++i)
    if (!runtime::type_of(interpreter, parts->items()[i])->next)
      return type_error(interpreter, "Arguments must be iterators.");
  auto* chain = as<Chain>(self);
  chain->source = Ref::borrow(parts->items()[0]);
  chain->active = parts->size == 2 ? Ref::borrow(parts->items()[1]) : Ref();
  return interpreter.new_none();
}

Ref chain_next(Interpreter& interpreter, Value self) {
  auto* chain = as<Chain>(self);
  while (chain->source) {
    if (!chain->active) {
      Ref iterable = runtime::next_item(interpreter, chain->source.get());
      if (iterable) chain->active = runtime::get_iterator(interpreter, iterable.get());
      if (!chain->active) {
        chain->source = Ref();
        return Ref();
      }
    }
    Ref item = runtime::next_item(interpreter, chain->active.get());
    if (item || interpreter.has_exception()) return item;
    chain->active = Ref();
  }
  return Ref();
}

// ---- compress(data, selectors) ---------------------------------------------

struct Compress : runtime::Object {
  Ref data;
  Ref selectors;
  template <class F>
  void for_fields(F f) {
    f(data);
    f(selectors);
  }
};

Ref compress_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {"compress", {"data", "selectors"}, 0, 0, 2}, arguments, count, kwnames,
                               bound))
    return Ref();
  Ref data = runtime::get_iterator(interpreter, bound[0]);
  if (!data) return Ref();
  Ref selectors = runtime::get_iterator(interpreter, bound[1]);
  if (!selectors) return Ref();
  auto* compress = new_instance<Compress>(interpreter, type);
  compress->data = std::move(data);
  compress->selectors = std::move(selectors);
  return owned(compress);
}

// __reduce__(): (type, (data, selectors)).
Ref compress_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* compress = as<Compress>(self);
  const Value arguments[] = {compress->data.get(), compress->selectors.get()};
  return runtime::reduce_value(interpreter, Value::object(compress->type), arguments);
}

Ref compress_next(Interpreter& interpreter, Value self) {
  auto* compress = as<Compress>(self);
  for (;;) {
    Ref datum = runtime::next_item(interpreter, compress->data.get());
    if (!datum) return Ref();
    Ref selector = runtime::next_item(interpreter, compress->selectors.get());
    if (!selector) return Ref();
    const int keep = runtime::truth(interpreter, selector.get());
    if (keep > 0) return datum;
    if (keep < 0) return Ref();
  }
}

// ---- dropwhile, takewhile, filterfalse, starmap: (function, iterable) ------

struct Predicated : runtime::Object {
  Ref function;
  Ref iterator;
  bool done = false;  // dropwhile: dropping is over; takewhile: taking is
  template <class F>
  void for_fields(F f) {
    f(function);
    f(iterator);
  }
};

template <const char* name>
Ref predicated_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!positional_arguments(interpreter, name, count, kwnames, 2, 2)) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[1]);
  if (!iterator) return Ref();
  auto* predicated = new_instance<Predicated>(interpreter, type);
  predicated->function = Ref::borrow(arguments[0]);
  predicated->iterator = std::move(iterator);
  return owned(predicated);
}

constexpr char dropwhile_name[] = "dropwhile";
constexpr char takewhile_name[] = "takewhile";
constexpr char filterfalse_name[] = "filterfalse";
constexpr char starmap_name[] = "starmap";

// function(item) as a truth value: 1, 0, or -1 with an exception pending.
int predicate_holds(Interpreter& interpreter, Value function, Value item) {
  Ref verdict = runtime::call(interpreter, function, &item, 1);
  return verdict ? runtime::truth(interpreter, verdict.get()) : -1;
}

Ref dropwhile_next(Interpreter& interpreter, Value self) {
  auto* dropwhile = as<Predicated>(self);
  for (;;) {
    Ref item = runtime::next_item(interpreter, dropwhile->iterator.get());
    if (!item || dropwhile->done) return item;
    const int holds = predicate_holds(interpreter, dropwhile->function.get(), item.get());
    if (holds == 0) {
      dropwhile->done = true;
      return item;
    }
    if (holds < 0) return Ref();
  }
}

Ref takewhile_next(Interpreter& interpreter, Value self) {
  auto* takewhile = as<Predicated>(self);
  if (takewhile->done) return Ref();
  Ref item = runtime::next_item(interpreter, takewhile->iterator.get());
  if (!item) return Ref();
  const int holds = predicate_holds(interpreter, takewhile->function.get(), item.get());
  if (holds > 0) return item;
  if (holds == 0) takewhile->done = true;
  return Ref();
}

// __reduce__() of the four: (type, (function, iterator)), with dropwhile's
// "dropping is over" and takewhile's "taking is over" flag as the state
// (0 or 1) that __setstate__ takes back.
template <bool with_state>
Ref predicated_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* predicated = as<Predicated>(self);
  const Value arguments[] = {predicated->function.get(), predicated->iterator.get()};
  return runtime::reduce_value(interpreter, Value::object(predicated->type), arguments,
                               with_state ? Value::small_int(predicated->done ? 1 : 0) : Value());
}

Ref predicated_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  const int done = runtime::truth(interpreter, arguments[0]);
  if (done < 0) return Ref();
  as<Predicated>(self)->done = done != 0;
  return interpreter.new_none();
}

Ref filterfalse_next(Interpreter& interpreter, Value self) {
  auto* filterfalse = as<Predicated>(self);
  const Value function = filterfalse->function.get();
  const bool own_truth = function == interpreter.none() || function == Value::object(interpreter.bool_type);
  for (;;) {
    Ref item = runtime::next_item(interpreter, filterfalse->iterator.get());
    if (!item) return Ref();
    const int holds = own_truth ? runtime::truth(interpreter, item.get())
                                : predicate_holds(interpreter, function, item.get());
    if (holds == 0) return item;
    if (holds < 0) return Ref();
  }
}

Ref starmap_next(Interpreter& interpreter, Value self) {
  auto* starmap = as<Predicated>(self);
  Ref item = runtime::next_item(interpreter, starmap->iterator.get());
  if (!item) return Ref();
  if (!runtime::is_tuple(interpreter, item.get())) {
    item = runtime::tuple_from_iterable(interpreter, item.get());
    if (!item) return Ref();
  }
  const runtime::TupleObject* arguments = runtime::as_tuple(item.get());
  return runtime::call(interpreter, starmap->function.get(), arguments->items(),
                       static_cast<std::size_t>(arguments->size));
}

// ---- groupby(iterable, key=None) and its _grouper --------------------------

struct GroupBy : runtime::Object {
  Ref iterator;
  Ref key_function;  // null: the items themselves
  Ref target_key;    // the key of the group last handed out
  Ref current_key;   // the key and item read ahead (null: none)
  Ref current_value;
  const runtime::Object* current_grouper = nullptr;  // the live group (identity only)
  template <class F>
  void for_fields(F f) {
    f(iterator);
    f(key_function);
    f(target_key);
    f(current_key);
    f(current_value);
  }
};

struct Grouper : runtime::Object {
  Ref parent;  // the groupby
  Ref target_key;
  template <class F>
  void for_fields(F f) {
    f(parent);
    f(target_key);
  }
};

Ref groupby_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {"groupby", {"iterable", "key"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  Ref iterator = runtime::get_iterator(interpreter, bound[0]);
  if (!iterator) return Ref();
  auto* groupby = new_instance<GroupBy>(interpreter, type);
  groupby->iterator = std::move(iterator);
  if (!bound[1].is_null() && bound[1] != interpreter.none()) groupby->key_function = Ref::borrow(bound[1]);
  return owned(groupby);
}

// Reads the next item and its key: false at the end or on an error.
bool groupby_step(Interpreter& interpreter, GroupBy* groupby) {
  Ref item = runtime::next_item(interpreter, groupby->iterator.get());
  if (!item) return false;
  Ref key;
  if (groupby->key_function) {
    const Value argument = item.get();
    key = runtime::call(interpreter, groupby->key_function.get(), &argument, 1);
    if (!key) return false;
  } else {
    key = Ref::borrow(item.get());
  }
  groupby->current_value = std::move(item);
  groupby->current_key = std::move(key);
  return true;
}

Ref groupby_next(Interpreter& interpreter, Value self) {
  auto* groupby = as<GroupBy>(self);
  groupby->current_grouper = nullptr;
  // Skip to the first item whose key differs from the last group's.
  for (;;) {
    if (groupby->current_key) {
      if (!groupby->target_key) break;
      const int same = runtime::equal(interpreter, groupby->target_key.get(), groupby->current_key.get());
      if (same < 0) return Ref();
      if (same == 0) break;
    }
    if (!groupby_step(interpreter, groupby)) return Ref();
  }
  groupby->target_key = Ref::borrow(groupby->current_key.get());
  auto* grouper = runtime::gc_new<Grouper>(interpreter, iter_module_types(interpreter).grouper);
  grouper->parent = Ref::borrow(self);
  grouper->target_key = Ref::borrow(groupby->target_key.get());
  groupby->current_grouper = grouper;
  Ref group = owned(grouper);
  const Value pair[] = {groupby->current_key.get(), group.get()};
  return runtime::new_tuple(interpreter, pair);
}

Ref grouper_next(Interpreter& interpreter, Value self) {
  auto* grouper = as<Grouper>(self);
  auto* groupby = as<GroupBy>(grouper->parent.get());
  if (groupby->current_grouper != grouper) return Ref();
  if (!groupby->current_value && !groupby_step(interpreter, groupby)) return Ref();
  const int same = runtime::equal(interpreter, grouper->target_key.get(), groupby->current_key.get());
  if (same <= 0) return Ref();
  groupby->current_key = Ref();
  return std::move(groupby->current_value);
}

// ---- islice(iterable, stop), islice(iterable, start, stop[, step]) --------

struct ISlice : runtime::Object {
  Ref iterator;  // null once exhausted
  std::int64_t next = 0;   // the position of the next item to give
  std::int64_t stop = -1;  // -1: none
  std::int64_t step = 1;
  std::int64_t read = 0;   // items read so far
  template <class F>
  void for_fields(F f) {
    f(iterator);
  }
};

constexpr char islice_stop_error[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// An islice() bound: None leaves `out`; a non-integer or one beyond 64 bits
// is -1, as CPython's cleared PyNumber_AsSsize_t error makes it.
void islice_bound(Interpreter& interpreter, Value value, std::int64_t& out) {
  if (value.is_null() || value == interpreter.none()) return;
  if (!runtime::index_argument(interpreter, value, out)) {
    Ref ignored = interpreter.take_exception();
    out = -1;
  }
}

Ref islice_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional_arguments(interpreter, "islice", count, kwnames, 2, 4)) return Ref();
  std::int64_t start = 0;
  std::int64_t stop = -1;
  std::int64_t step = 1;
  const Value stop_argument = count == 2 ? arguments[1] : arguments[2];
  if (count > 2) islice_bound(interpreter, arguments[1], start);
  if (stop_argument != interpreter.none()) {
    islice_bound(interpreter, stop_argument, stop);
    if (stop == -1) return value_error(interpreter, islice_stop_error);
  }
  if (start < 0 || stop < -1)
    return value_error(interpreter, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (count == 4) islice_bound(interpreter, arguments[3], step);
  if (step < 1) return value_error(interpreter, "Step for islice() must be a positive integer or None.");
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  auto* islice = new_instance<ISlice>(interpreter, type);
  islice->iterator = std::move(iterator);
  islice->next = start;
  islice->stop = stop;
  islice->step = step;
  return owned(islice);
}

// __reduce__(): (type, (iterator, next, stop or None, step), items read),
// the count going back through __setstate__; an exhausted one is an
// islice of an empty list iterator.
Ref islice_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* islice = as<ISlice>(self);
  const Value type = Value::object(islice->type);
  if (!islice->iterator) {
    Ref empty = runtime::new_list(interpreter, {});
    Ref iterator = runtime::get_iterator(interpreter, empty.get());
    const Value arguments[] = {iterator.get(), Value::small_int(0)};
    return runtime::reduce_value(interpreter, type, arguments, Value::small_int(0));
  }
  Ref next = runtime::new_int(interpreter, islice->next), step = runtime::new_int(interpreter, islice->step);
  Ref stop = islice->stop < 0 ? interpreter.new_none() : runtime::new_int(interpreter, islice->stop);
  Ref read = runtime::new_int(interpreter, islice->read);
  const Value arguments[] = {islice->iterator.get(), next.get(), stop.get(), step.get()};
  return runtime::reduce_value(interpreter, type, arguments, read.get());
}

Ref islice_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t read = 0;
  if (!runtime::check_one_argument(interpreter, "__setstate__", count, kwnames) ||
      !runtime::index_argument(interpreter, arguments[0], read))
    return Ref();
  as<ISlice>(self)->read = read;
  return interpreter.new_none();
}

Ref islice_next(Interpreter& interpreter, Value self) {
  auto* islice = as<ISlice>(self);
  if (!islice->iterator) return Ref();
  const Value iterator = islice->iterator.get();
  const std::int64_t stop = islice->stop;
  for (; islice->read < islice->next; ++islice->read) {
    Ref skipped = runtime::next_item(interpreter, iterator);
    if (!skipped) {
      islice->iterator = Ref();
      return Ref();
    }
  }
  if (stop != -1 && islice->read >= stop) {
    islice->iterator = Ref();
    return Ref();
  }
  Ref item = runtime::next_item(interpreter, iterator);
  if (!item) {
    islice->iterator = Ref();
    return Ref();
  }
  ++islice->read;
  const std::int64_t previous = islice->next;
  islice->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(previous) + static_cast<std::uint64_t>(islice->step));
  if (islice->next < previous || (stop != -1 && islice->next > stop)) islice->next = stop;
  return item;
}

// ---- pairwise(iterable) ----------------------------------------------------

struct Pairwise : runtime::Object {
  Ref iterator;  // null once exhausted
  Ref previous;
  template <class F>
  void for_fields(F f) {
    f(iterator);
    f(previous);
  }
};

Ref pairwise_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional_arguments(interpreter, "pairwise", count, kwnames, 1, 1)) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  auto* pairwise = new_instance<Pairwise>(interpreter, type);
  pairwise->iterator = std::move(iterator);
  return owned(pairwise);
}

Ref pairwise_next(Interpreter& interpreter, Value self) {
  auto* pairwise = as<Pairwise>(self);
  if (!pairwise->iterator) return Ref();
  if (!pairwise->previous) {
    pairwise->previous = runtime::next_item(interpreter, pairwise->iterator.get());
    if (!pairwise->previous) {
      pairwise->iterator = Ref();
      return Ref();
    }
  }
  Ref item = runtime::next_item(interpreter, pairwise->iterator.get());
  if (!item) {
    pairwise->iterator = Ref();
    pairwise->previous = Ref();
    return Ref();
  }
  const Value pair[] = {pairwise->previous.get(), item.get()};
  Ref result = runtime::new_tuple(interpreter, pair);
  pairwise->previous = std::move(item);
  return result;
}

// ---- tee(iterable, n=2), _tee, _tee_dataobject -----------------------------

// A link of the values read from the shared iterator: each _tee walks the
// links at its own pace; links nobody can reach any more are freed.
struct TeeData : runtime::Object {
  static constexpr int capacity = 57;  // CPython's LINKCELLS
  Ref iterator;
  Ref values[capacity];
  int read = 0;
  bool running = false;
  Ref next;  // the following link, made when a _tee first passes this one
  template <class F>
  void for_fields(F f) {
    f(iterator);
    for (int i = 0; i < read; ++i) f(values[i]);
    f(next);
  }
};

struct Tee : runtime::Object {
  Ref data;  // a TeeData
  int index = 0;
  template <class F>
  void for_fields(F f) {
    f(data);
  }
};

Ref new_tee_data(Interpreter& interpreter, Value iterator) {
  auto* data = runtime::gc_new<TeeData>(interpreter, iter_module_types(interpreter).tee_data);
  data->iterator = Ref::borrow(iterator);
  return owned(data);
}

Ref new_tee(Interpreter& interpreter, Type* type, Value data, int index) {
  auto* tee = runtime::gc_new<Tee>(interpreter, type);
  tee->data = Ref::borrow(data);
  tee->index = index;
  return owned(tee);
}

Ref tee_next(Interpreter& interpreter, Value self) {
  auto* tee = as<Tee>(self);
  if (tee->index >= TeeData::capacity) {
    auto* link = as<TeeData>(tee->data.get());
    if (!link->next) link->next = new_tee_data(interpreter, link->iterator.get());
    tee->data = Ref::borrow(link->next.get());
    tee->index = 0;
  }
  auto* data = as<TeeData>(tee->data.get());
  if (tee->index < data->read) return Ref::borrow(data->values[tee->index++].get());
  // This is the lead iterator: read ahead for every _tee.
  if (data->running) return interpreter.raise(interpreter.RuntimeError_type, "cannot re-enter the tee iterator");
  data->running = true;
  Ref item = runtime::next_item(interpreter, data->iterator.get());
  data->running = false;
  if (!item) return Ref();
  data->values[data->read++] = Ref::borrow(item.get());
  ++tee->index;
  return item;
}

Ref tee_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__copy__", count, kwnames)) return Ref();
  return new_tee(interpreter, as<Tee>(self)->type, as<Tee>(self)->data.get(), as<Tee>(self)->index);
}

// A _tee over an iterable: a copy of it when it is a _tee already.
Ref tee_from_iterable(Interpreter& interpreter, Type* type, Value iterable) {
  Ref iterator = runtime::get_iterator(interpreter, iterable);
  if (!iterator) return Ref();
  Type* tee_type = iter_module_types(interpreter).tee;
  if (runtime::type_of(interpreter, iterator.get()) == tee_type) return tee_copy(interpreter, iterator.get(), nullptr, 0, Value());
  Ref data = new_tee_data(interpreter, iterator.get());
  return new_tee(interpreter, type, data.get(), 0);
}

Ref tee_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional_arguments(interpreter, "_tee", count, kwnames, 1, 1)) return Ref();
  return tee_from_iterable(interpreter, static_cast<Type*>(type.as_object()), arguments[0]);
}

// tee(iterable, n=2): n independent iterators; the first is the iterable's
// own iterator when that can copy itself (__copy__).
Ref itertools_tee(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "itertools.tee", kwnames) ||
      !runtime::check_argument_count(interpreter, "tee", count, 1, 2))
    return Ref();
  std::int64_t n = 2;
  if (count == 2 && !runtime::index_argument(interpreter, arguments[1], n)) return Ref();
  if (n < 0) return value_error(interpreter, "n must be >= 0");
  if (n == 0) return runtime::new_tuple(interpreter, {});
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  const Value copy_name = interpreter.intern("__copy__");
  Ref copy;
  const int found = runtime::lookup_attribute(interpreter, iterator.get(), copy_name, copy);
  if (found < 0) return Ref();
  Ref first;
  if (found) {
    first = std::move(iterator);
  } else {
    first = tee_from_iterable(interpreter, iter_module_types(interpreter).tee, iterator.get());
    if (!first || !(copy = runtime::get_attribute(interpreter, first.get(), copy_name))) return Ref();
  }
  std::vector<Ref> tees;
  tees.push_back(std::move(first));
  for (std::int64_t i = 1; i < n; ++i) {
    tees.push_back(runtime::call(interpreter, copy.get(), nullptr, 0));
    if (!tees.back()) return Ref();
  }
  std::vector<Value> items;
  for (const Ref& tee : tees) items.push_back(tee.get());
  return runtime::new_tuple(interpreter, items);
}

// ---- zip_longest(*iterables, fillvalue=None) -------------------------------

struct ZipLongest : runtime::Object {
  std::vector<Ref> iterators;  // null: that one is exhausted
  std::size_t active = 0;
  Ref fill;
  Ref result;  // the last tuple given out
  template <class F>
  void for_fields(F f) {
    for (Ref& iterator : iterators) f(iterator);
    f(fill);
    f(result);
  }
};

Ref zip_longest_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Value fill = interpreter.none();
  const std::size_t keywords = runtime::keyword_count(kwnames);
  if (keywords > 0) {
    if (keywords != 1 || runtime::str_utf8(runtime::as_tuple(kwnames)->items()[0]) != "fillvalue")
      return type_error(interpreter, "zip_longest() got an unexpected keyword argument");
    fill = arguments[count];
  }
  auto* zip = new_instance<ZipLongest>(interpreter, type);
  Ref result = owned(zip);
  for (std::size_t i = 0; i < count; ++i) {
    zip->iterators.push_back(runtime::get_iterator(interpreter, arguments[i]));
    if (!zip->iterators.back()) return Ref();
  }
  zip->active = count;
  zip->fill = Ref::borrow(fill);
  return result;
}

// __reduce__(): (type, iterators, fillvalue), an exhausted iterator as ()
// (CPython's zip_longest_reduce); __setstate__ takes the fill value.
Ref zip_longest_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* zip = as<ZipLongest>(self);
  Ref empty = runtime::new_tuple(interpreter, {});
  std::vector<Value> iterators;
  for (const Ref& iterator : zip->iterators) iterators.push_back(iterator ? iterator.get() : empty.get());
  return runtime::reduce_value(interpreter, Value::object(zip->type), iterators, zip->fill.get());
}

Ref zip_longest_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  auto* zip = as<ZipLongest>(self);
  zip->fill = Ref::borrow(arguments[0]);
  zip->result = Ref();  // its unused slots hold the old fill value
  return interpreter.new_none();
}

Ref zip_longest_next(Interpreter& interpreter, Value self) {
  auto* zip = as<ZipLongest>(self);
  const std::size_t size = zip->iterators.size();
  if (size == 0 || zip->active == 0) return Ref();
  runtime::TupleObject* result = reusable_result(interpreter, zip->result);
  if (!result) {
    const std::vector<Value> fills(size, zip->fill.get());
    zip->result = runtime::new_tuple(interpreter, fills);
    result = runtime::as_tuple(zip->result.get());
  }
  for (std::size_t i = 0; i < size; ++i) {
    Ref& iterator = zip->iterators[i];
    if (iterator) {
      Ref item = runtime::next_item(interpreter, iterator.get());
      if (item) {
        set_item(result, static_cast<std::int64_t>(i), item.get());
        continue;
      }
      if (--zip->active == 0 || interpreter.has_exception()) {
        zip->active = 0;
        return Ref();
      }
      iterator = Ref();
    }
    set_item(result, static_cast<std::int64_t>(i), zip->fill.get());
  }
  return share(zip->result);
}

// ---- product, combinations, combinations_with_replacement, permutations ----

// The state they share: the pool(s) as tuples, the indices into them, the
// last result (reused when nobody else holds it) and whether they are done.
struct Combinatoric : runtime::Object {
  std::vector<Ref> pools;  // product: one per position; the others: one
  std::vector<std::int64_t> indices;
  std::vector<std::int64_t> cycles;  // permutations only
  std::int64_t r = 0;
  Ref result;
  bool stopped = false;
  template <class F>
  void for_fields(F f) {
    for (Ref& pool : pools) f(pool);
    f(result);
  }
  const runtime::TupleObject* pool(std::size_t index = 0) const { return runtime::as_tuple(pools[index].get()); }
};

// A tuple of the pool items at `indices` (the first result).
Ref first_result(Interpreter& interpreter, const Combinatoric* state) {
  std::vector<Value> items(static_cast<std::size_t>(state->r));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const runtime::TupleObject* pool = state->pool(state->pools.size() > 1 ? i : 0);
    items[i] = pool->items()[state->indices[i]];
  }
  return runtime::new_tuple(interpreter, items);
}

Ref new_combinatoric(Interpreter& interpreter, Value type, Value iterable, std::int64_t r) {
  Ref pool = runtime::tuple_from_iterable(interpreter, iterable);
  if (!pool) return Ref();
  auto* state = new_instance<Combinatoric>(interpreter, type);
  state->pools.push_back(std::move(pool));
  state->r = r;
  return owned(state);
}

Ref product_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t repeat = 1;
  Value bound[1] = {};
  if (!runtime::bind_arguments(interpreter, {"product", {"repeat"}, 0, 1, 0}, arguments + count, 0, kwnames, bound))
    return Ref();
  if (!bound[0].is_null()) {
    if (!runtime::index_argument(interpreter, bound[0], repeat)) return Ref();
    if (repeat < 0) return value_error(interpreter, "repeat argument cannot be negative");
  }
  if (repeat > 0 && count > static_cast<std::size_t>(maxsize / 8 / repeat))
    return interpreter.raise(interpreter.OverflowError_type, "repeat argument too large");
  std::vector<Ref> pools;
  for (std::size_t i = 0; i < count; ++i) {
    pools.push_back(runtime::tuple_from_iterable(interpreter, arguments[i]));
    if (!pools.back()) return Ref();
  }
  auto* product = new_instance<Combinatoric>(interpreter, type);
  for (std::int64_t copy = 0; copy < repeat; ++copy)
    for (const Ref& pool : pools) product->pools.push_back(Ref::borrow(pool.get()));
  product->r = static_cast<std::int64_t>(product->pools.size());
  product->indices.assign(product->pools.size(), 0);
  return owned(product);
}

Ref combinatoric_empty(Combinatoric* state) {
  state->stopped = true;
  state->result = Ref();
  return Ref();
}

Ref product_next(Interpreter& interpreter, Value self) {
  auto* product = as<Combinatoric>(self);
  if (product->stopped) return Ref();
  const auto size = static_cast<std::int64_t>(product->pools.size());
  if (!product->result) {
    for (std::int64_t i = 0; i < size; ++i)
      if (product->pool(i)->size == 0) return combinatoric_empty(product);
    product->result = first_result(interpreter, product);
    return share(product->result);
  }
  runtime::TupleObject* result = writable_result(interpreter, product->result);
  // Advance the rightmost pool, carrying leftward on roll-over.
  std::int64_t i = size - 1;
  for (; i >= 0; --i) {
    const runtime::TupleObject* pool = product->pool(i);
    if (++product->indices[i] == pool->size) {
      product->indices[i] = 0;
      set_item(result, i, pool->items()[0]);
    } else {
      set_item(result, i, pool->items()[product->indices[i]]);
      break;
    }
  }
  if (i < 0) return combinatoric_empty(product);
  return share(product->result);
}

// The r argument of combinations() and combinations_with_replacement().
bool combination_arguments(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                           Value kwnames, Value& iterable, std::int64_t& r) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {name, {"iterable", "r"}, 0, 0, 2}, arguments, count, kwnames, bound) ||
      !runtime::index_argument(interpreter, bound[1], r))
    return false;
  if (r < 0) {
    interpreter.set_exception(interpreter.ValueError_type, "r must be non-negative");
    return false;
  }
  iterable = bound[0];
  return true;
}

Ref combinations_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value iterable;
  std::int64_t r = 0;
  if (!combination_arguments(interpreter, "combinations", arguments, count, kwnames, iterable, r)) return Ref();
  Ref result = new_combinatoric(interpreter, type, iterable, r);
  if (!result) return Ref();
  auto* state = as<Combinatoric>(result.get());
  for (std::int64_t i = 0; i < r; ++i) state->indices.push_back(i);
  state->stopped = r > state->pool()->size;
  return result;
}

Ref combinations_next(Interpreter& interpreter, Value self) {
  auto* state = as<Combinatoric>(self);
  if (state->stopped) return Ref();
  if (!state->result) {
    state->result = first_result(interpreter, state);
    return share(state->result);
  }
  const runtime::TupleObject* pool = state->pool();
  const std::int64_t n = pool->size;
  const std::int64_t r = state->r;
  std::vector<std::int64_t>& indices = state->indices;
  // The rightmost index not at its maximum (i + n - r) moves up one; those
  // to its right follow it, each one higher than its left neighbour.
  std::int64_t i = r - 1;
  while (i >= 0 && indices[i] == i + n - r) --i;
  if (i < 0) return combinatoric_empty(state);
  runtime::TupleObject* result = writable_result(interpreter, state->result);
  ++indices[i];
  for (std::int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
  for (; i < r; ++i) set_item(result, i, pool->items()[indices[i]]);
  return share(state->result);
}

Ref combinations_with_replacement_construct(Interpreter& interpreter, Value type, const Value* arguments,
                                            std::size_t count, Value kwnames) {
  Value iterable;
  std::int64_t r = 0;
  if (!combination_arguments(interpreter, "combinations_with_replacement", arguments, count, kwnames, iterable, r))
    return Ref();
  Ref result = new_combinatoric(interpreter, type, iterable, r);
  if (!result) return Ref();
  auto* state = as<Combinatoric>(result.get());
  state->indices.assign(static_cast<std::size_t>(r), 0);
  state->stopped = state->pool()->size == 0 && r > 0;
  return result;
}

Ref combinations_with_replacement_next(Interpreter& interpreter, Value self) {
  auto* state = as<Combinatoric>(self);
  if (state->stopped) return Ref();
  if (!state->result) {
    state->result = first_result(interpreter, state);
    return share(state->result);
  }
  const runtime::TupleObject* pool = state->pool();
  const std::int64_t n = pool->size;
  std::vector<std::int64_t>& indices = state->indices;
  // The rightmost index not at its maximum (n - 1) moves up one, and all
  // to its right take its value.
  std::int64_t i = state->r - 1;
  while (i >= 0 && indices[i] == n - 1) --i;
  if (i < 0) return combinatoric_empty(state);
  runtime::TupleObject* result = writable_result(interpreter, state->result);
  const std::int64_t index = indices[i] + 1;
  for (; i < state->r; ++i) {
    indices[i] = index;
    set_item(result, i, pool->items()[index]);
  }
  return share(state->result);
}

Ref permutations_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value bound[2] = {};
  if (!runtime::bind_arguments(interpreter, {"permutations", {"iterable", "r"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  std::int64_t r = -1;
  if (!bound[1].is_null() && bound[1] != interpreter.none()) {
    if (!runtime::is_int(interpreter, bound[1])) return type_error(interpreter, "Expected int as r");
    if (!runtime::index_argument(interpreter, bound[1], r)) return Ref();
    if (r < 0) return value_error(interpreter, "r must be non-negative");
  }
  Ref result = new_combinatoric(interpreter, type, bound[0], r);
  if (!result) return Ref();
  auto* state = as<Combinatoric>(result.get());
  const std::int64_t n = state->pool()->size;
  if (r < 0) state->r = r = n;
  for (std::int64_t i = 0; i < n; ++i) state->indices.push_back(i);
  for (std::int64_t i = 0; i < r && i < n; ++i) state->cycles.push_back(n - i);
  state->stopped = r > n;
  return result;
}

Ref permutations_next(Interpreter& interpreter, Value self) {
  auto* state = as<Combinatoric>(self);
  if (state->stopped) return Ref();
  if (!state->result) {
    state->result = first_result(interpreter, state);
    return share(state->result);
  }
  const runtime::TupleObject* pool = state->pool();
  const std::int64_t n = pool->size;
  const std::int64_t r = state->r;
  if (n == 0) return combinatoric_empty(state);
  std::vector<std::int64_t>& indices = state->indices;
  std::vector<std::int64_t>& cycles = state->cycles;
  runtime::TupleObject* result = writable_result(interpreter, state->result);
  // Decrement the rightmost cycle, moving leftward on a roll-over.
  std::int64_t i = r - 1;
  for (; i >= 0; --i) {
    if (--cycles[i] == 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      const std::int64_t index = indices[i];
      for (std::int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const std::int64_t j = cycles[i];
      std::swap(indices[i], indices[n - j]);
      for (std::int64_t k = i; k < r; ++k) set_item(result, k, pool->items()[indices[k]]);
      break;
    }
  }
  if (i < 0) return combinatoric_empty(state);
  return share(state->result);
}

// ---- the module ------------------------------------------------------------

template <class T>
Type* iterator_type(Interpreter& interpreter, const char* name, runtime::CallSlot construct,
                    runtime::UnarySlot next) {
  Type* type = new_iterator_type<T>(interpreter, std::string("itertools.") + name, next);
  type->construct = construct;
  return type;
}

// Readies the type and makes it the module's attribute `name`.
void publish(Interpreter& interpreter, Value module, const char* name, Type* type) {
  runtime::ready_native_type(interpreter, type);
  runtime::module_set(interpreter, module, name, Value::object(type));
}

// The module's __doc__, as CPython's.
constexpr char module_doc[] =
    "Functional tools for creating and using iterators.\n"
    "\n"
    "Infinite iterators:\n"
    "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
    "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
    "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n"
    "\n"
    "Iterators terminating on the shortest input sequence:\n"
    "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
    "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
    "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
    "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
    "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
    "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
    "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
    "islice(seq, [start,] stop [, step]) --> elements from\n"
    "       seq[start:stop:step]\n"
    "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
    "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
    "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
    "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
    "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n"
    "\n"
    "Combinatoric generators:\n"
    "product(p, q, ... [repeat=1]) --> cartesian product\n"
    "permutations(p[, r])\n"
    "combinations(p, r)\n"
    "combinations_with_replacement(p, r)\n";

}  // namespace

Ref create_itertools_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "itertools");
  set_module_doc(interpreter, module.get(), module_doc);
  const Value itertools = module.get();
  IterModuleTypes& types = iter_module_types(interpreter);

  Type* count = iterator_type<Count>(interpreter, "count", &count_construct, &count_next);
  count->repr = &count_repr;
  runtime::add_methods(interpreter, count, {{"__reduce__", &count_reduce}});
  publish(interpreter, itertools, "count", count);
  publish(interpreter, itertools, "cycle", iterator_type<Cycle>(interpreter, "cycle", &cycle_construct, &cycle_next));
  Type* repeat = iterator_type<Repeat>(interpreter, "repeat", &repeat_construct, &repeat_next);
  repeat->repr = &repeat_repr;
  runtime::add_methods(interpreter, repeat, {{"__length_hint__", &repeat_length_hint}, {"__reduce__", &repeat_reduce}});
  publish(interpreter, itertools, "repeat", repeat);
  Type* accumulate = iterator_type<Accumulate>(interpreter, "accumulate", &accumulate_construct, &accumulate_next);
  runtime::add_methods(interpreter, accumulate,
                       {{"__reduce__", &accumulate_reduce}, {"__setstate__", &accumulate_setstate}});
  publish(interpreter, itertools, "accumulate", accumulate);
  Type* chain = iterator_type<Chain>(interpreter, "chain", &chain_construct, &chain_next);
  runtime::add_class_methods(interpreter, chain,
                             {{"from_iterable", &chain_from_iterable},
                              {"__class_getitem__", &runtime::generic_class_getitem}});
  runtime::add_methods(interpreter, chain, {{"__reduce__", &chain_reduce}, {"__setstate__", &chain_setstate}});
  publish(interpreter, itertools, "chain", chain);
  Type* compress = iterator_type<Compress>(interpreter, "compress", &compress_construct, &compress_next);
  runtime::add_methods(interpreter, compress, {{"__reduce__", &compress_reduce}});
  publish(interpreter, itertools, "compress", compress);
  Type* dropwhile =
      iterator_type<Predicated>(interpreter, "dropwhile", &predicated_construct<dropwhile_name>, &dropwhile_next);
  Type* takewhile =
      iterator_type<Predicated>(interpreter, "takewhile", &predicated_construct<takewhile_name>, &takewhile_next);
  for (Type* flagged : {dropwhile, takewhile})
    runtime::add_methods(interpreter, flagged,
                         {{"__reduce__", &predicated_reduce<true>}, {"__setstate__", &predicated_setstate}});
  publish(interpreter, itertools, "dropwhile", dropwhile);
  publish(interpreter, itertools, "takewhile", takewhile);
  Type* filterfalse = iterator_type<Predicated>(interpreter, "filterfalse", &predicated_construct<filterfalse_name>,
                                                &filterfalse_next);
  Type* starmap =
      iterator_type<Predicated>(interpreter, "starmap", &predicated_construct<starmap_name>, &starmap_next);
  for (Type* plain : {filterfalse, starmap})
    runtime::add_methods(interpreter, plain, {{"__reduce__", &predicated_reduce<false>}});
  publish(interpreter, itertools, "filterfalse", filterfalse);
  publish(interpreter, itertools, "starmap", starmap);
  publish(interpreter, itertools, "groupby",
          iterator_type<GroupBy>(interpreter, "groupby", &groupby_construct, &groupby_next));
  types.grouper = new_iterator_type<Grouper>(interpreter, "itertools._grouper", &grouper_next);
  types.grouper->subclassable = false;
  publish(interpreter, itertools, "_grouper", types.grouper);
  Type* islice = iterator_type<ISlice>(interpreter, "islice", &islice_construct, &islice_next);
  runtime::add_methods(interpreter, islice, {{"__reduce__", &islice_reduce}, {"__setstate__", &islice_setstate}});
  publish(interpreter, itertools, "islice", islice);
  publish(interpreter, itertools, "pairwise",
          iterator_type<Pairwise>(interpreter, "pairwise", &pairwise_construct, &pairwise_next));
  types.tee_data = new_container_type<TeeData>(interpreter, "itertools._tee_dataobject");
  types.tee_data->subclassable = false;
  publish(interpreter, itertools, "_tee_dataobject", types.tee_data);
  types.tee = iterator_type<Tee>(interpreter, "_tee", &tee_construct, &tee_next);
  types.tee->subclassable = false;
  types.tee->weakrefable = true;
  runtime::add_methods(interpreter, types.tee, {{"__copy__", &tee_copy}});
  publish(interpreter, itertools, "_tee", types.tee);
  Type* zip_longest = iterator_type<ZipLongest>(interpreter, "zip_longest", &zip_longest_construct, &zip_longest_next);
  runtime::add_methods(interpreter, zip_longest,
                       {{"__reduce__", &zip_longest_reduce}, {"__setstate__", &zip_longest_setstate}});
  publish(interpreter, itertools, "zip_longest", zip_longest);
  publish(interpreter, itertools, "product",
          iterator_type<Combinatoric>(interpreter, "product", &product_construct, &product_next));
  publish(interpreter, itertools, "combinations",
          iterator_type<Combinatoric>(interpreter, "combinations", &combinations_construct,
                                      &combinations_next));
  publish(interpreter, itertools, "combinations_with_replacement",
          iterator_type<Combinatoric>(interpreter, "combinations_with_replacement",
                                      &combinations_with_replacement_construct, &combinations_with_replacement_next));
  publish(interpreter, itertools, "permutations",
          iterator_type<Combinatoric>(interpreter, "permutations", &permutations_construct,
                                      &permutations_next));
  runtime::add_module_functions(interpreter, itertools, {{"tee", &itertools_tee}});
  return module;
}

}  // namespace krait::modules
