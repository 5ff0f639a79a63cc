// Objects: the iterator types (see iterator_object.h). Each releases what
// it iterates once exhausted, as CPython's do.
#include "objects/iterator_object.h"

#include <string>
#include <vector>

#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Every iterator is its own iterator.
Ref iterator_self(Interpreter&, Value self) { return Ref::borrow(self); }

template <class Iterator>
void deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<Iterator*>(object));
}

template <class Iterator>
Iterator* as(Value value) {
  return static_cast<Iterator*>(value.as_object());
}

// Allocates an iterator object of `type`; the caller fills its fields.
template <class Iterator>
Iterator* allocate(Interpreter& interpreter, Type* type) {
  return gc_new<Iterator>(interpreter, type);
}

template <class Iterator>
Ref owned(Iterator* iterator) {
  return Ref::steal(Value::object(iterator));
}

// "'X' object is not reversible".
Ref not_reversible(Interpreter& interpreter, Value value) {
  return interpreter.raise(interpreter.TypeError_type, quoted_type_name(interpreter, value) + " object is not reversible");
}

// ---- tuple_iterator, list_iterator, str_iterator -------------------------


Ref sequence_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = as<SequenceIterator>(self);
  if (!iterator->sequence) return Ref();
  if (iterator->index >= iterator->access->length(iterator->sequence.get())) {
    iterator->sequence = Ref();
    return Ref();
  }
  return iterator->access->item(interpreter, iterator->sequence.get(), iterator->index++);
}

// __length_hint__(): the items left.
Ref sequence_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count,
                                  Value kwnames) {
  if (!check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  const auto* iterator = as<SequenceIterator>(self);
  if (!iterator->sequence) return Ref::small_int(0);
  const std::int64_t left = iterator->access->length(iterator->sequence.get()) - iterator->index;
  return new_int(interpreter, left > 0 ? left : 0);
}

// __setstate__(index): moves to the index, clamped into the sequence.
Ref sequence_iterator_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                               Value kwnames) {
  if (!check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  std::int64_t index = 0;
  if (!index_argument(interpreter, arguments[0], index)) return Ref();
  auto* iterator = as<SequenceIterator>(self);
  if (!iterator->sequence) return interpreter.new_none();
  const std::int64_t length = iterator->access->length(iterator->sequence.get());
  iterator->index = index < 0 ? 0 : index > length ? length : index;
  return interpreter.new_none();
}

// ---- list_reverseiterator: reversed(list) --------------------------------

struct ListReverseIterator : Object {
  Ref list;  // null once exhausted
  std::int64_t index = -1;
};

Ref list_reverse_iterator_next(Interpreter&, Value self) {
  auto* iterator = as<ListReverseIterator>(self);
  if (!iterator->list) return Ref();
  const std::vector<Value>& items = as_list(iterator->list.get())->items;
  // The list may have shrunk since the last step.
  if (iterator->index >= 0 && iterator->index < static_cast<std::int64_t>(items.size()))
    return Ref::borrow(items[iterator->index--]);
  iterator->index = -1;
  iterator->list = Ref();
  return Ref();
}

// ---- iterator: items 0, 1, 2, ... of __getitem__ -------------------------

struct IndexIterator : Object {
  Ref sequence;  // null once exhausted
  std::int64_t index = 0;
};

Ref index_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = as<IndexIterator>(self);
  if (!iterator->sequence) return Ref();
  Ref item = get_item(interpreter, iterator->sequence.get(), Value::small_int(iterator->index));
  if (item) {
    ++iterator->index;
    return item;
  }
  if (interpreter.exception_is(interpreter.IndexError_type) ||
      interpreter.exception_is(interpreter.StopIteration_type)) {
    Ref ended = interpreter.take_exception();
    iterator->sequence = Ref();
  }
  return Ref();
}

// ---- callable_iterator: iter(callable, sentinel) -------------------------

struct CallableIterator : Object {
  Ref callable;  // both null once exhausted
  Ref sentinel;
};

Ref callable_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = as<CallableIterator>(self);
  if (!iterator->callable) return Ref();
  Ref result = call(interpreter, iterator->callable.get(), nullptr, 0);
  if (result) {
    const int done = equal(interpreter, iterator->sentinel.get(), result.get());
    if (done == 0) return result;
    if (done > 0) {
      iterator->callable = Ref();
      iterator->sentinel = Ref();
    }
    return Ref();
  }
  if (interpreter.exception_is(interpreter.StopIteration_type)) {
    Ref ended = interpreter.take_exception();
    iterator->callable = Ref();
    iterator->sentinel = Ref();
  }
  return Ref();
}

// ---- enumerate(iterable, start=0) ----------------------------------------

struct Enumerate : Object {
  Ref iterator;
  Ref index;  // an int: the count of the next item
};

Ref enumerate_new(Interpreter& interpreter, Value iterable, Value start) {
  Ref iterator = iterate(interpreter, iterable);
  if (!iterator) return Ref();
  Ref index = start.is_null() ? Ref::small_int(0) : number_index(interpreter, start);
  if (!index) return Ref();
  auto* enumerate = allocate<Enumerate>(interpreter, interpreter.enumerate_type);
  enumerate->iterator = std::move(iterator);
  enumerate->index = std::move(index);
  return owned(enumerate);
}

// "'x' is an invalid keyword argument for enumerate()" unless keyword
// `position` is `expected`.
bool enumerate_keyword_is(Interpreter& interpreter, Value kwnames, std::size_t position, std::string_view expected) {
  const std::string_view name = str_utf8(as_tuple(kwnames)->items()[position]);
  return name == expected || invalid_keyword(interpreter, "enumerate", name);
}

// CPython's enumerate_vectorcall, which binds its two parameters by hand.
Ref enumerate_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const std::size_t keywords = keyword_count(kwnames);
  if (count + keywords == 2) {
    if (keywords == 1 && !enumerate_keyword_is(interpreter, kwnames, 0, "start")) return Ref();
    if (keywords == 2) {
      if (str_utf8(as_tuple(kwnames)->items()[0]) == "start") {
        if (!enumerate_keyword_is(interpreter, kwnames, 1, "iterable")) return Ref();
        return enumerate_new(interpreter, arguments[1], arguments[0]);
      }
      if (!enumerate_keyword_is(interpreter, kwnames, 0, "iterable") ||
          !enumerate_keyword_is(interpreter, kwnames, 1, "start"))
        return Ref();
    }
    return enumerate_new(interpreter, arguments[0], arguments[1]);
  }
  if (count + keywords == 1) {
    if (keywords == 1 && !enumerate_keyword_is(interpreter, kwnames, 0, "iterable")) return Ref();
    return enumerate_new(interpreter, arguments[0], Value());
  }
  if (count == 0)
    return interpreter.raise(interpreter.TypeError_type, "enumerate() missing required argument 'iterable'");
  return interpreter.raise(interpreter.TypeError_type,
                           "enumerate() takes at most 2 arguments (" + std::to_string(count + keywords) + " given)");
}

Ref enumerate_next(Interpreter& interpreter, Value self) {
  auto* enumerate = as<Enumerate>(self);
  Ref item = next_item(interpreter, enumerate->iterator.get());
  if (!item) return Ref();
  Ref following = binary_operation(interpreter, BinaryOperator::ADD, enumerate->index.get(), Value::small_int(1), false);
  if (!following) return Ref();
  const Value pair[] = {enumerate->index.get(), item.get()};
  Ref result = new_tuple(interpreter, pair);
  enumerate->index = std::move(following);
  return result;
}

// ---- zip(*iterables, strict=False) ---------------------------------------

struct Zip : Object {
  std::vector<Ref> iterators;
  bool strict = false;
};

Ref zip_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value strict = Value();
  if (!bind_arguments(interpreter, {"zip", {"strict"}, 0, 1}, arguments + count, 0, kwnames, &strict)) return Ref();
  const int strict_truth = strict.is_null() ? 0 : truth(interpreter, strict);
  if (strict_truth < 0) return Ref();
  std::vector<Ref> iterators;
  for (std::size_t i = 0; i < count; ++i) {
    iterators.push_back(iterate(interpreter, arguments[i]));
    if (!iterators.back()) return Ref();
  }
  auto* zip = allocate<Zip>(interpreter, interpreter.zip_type);
  zip->iterators = std::move(iterators);
  zip->strict = strict_truth != 0;
  return owned(zip);
}

// zip(strict=True) found iterator `index` exhausted before or after the
// others: CPython 3.10's "zip() argument 2 is shorter than argument 1".
Ref zip_length_mismatch(Interpreter& interpreter, std::size_t index, const char* comparison) {
  const std::string others = index == 1 ? " 1" : "s 1-" + std::to_string(index);
  return interpreter.raise(interpreter.ValueError_type, "zip() argument " + std::to_string(index + 1) + " is " +
                                                            comparison + " than argument" + others);
}

Ref zip_next(Interpreter& interpreter, Value self) {
  auto* zip = as<Zip>(self);
  const std::size_t size = zip->iterators.size();
  if (size == 0) return Ref();
  std::vector<Ref> items;
  items.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    Ref item = next_item(interpreter, zip->iterators[i].get());
    if (!item) {
      if (!zip->strict || interpreter.has_exception()) return Ref();
      if (i > 0) return zip_length_mismatch(interpreter, i, "shorter");
      // The first is exhausted: so must all the others be.
      for (std::size_t j = 1; j < size; ++j) {
        Ref extra = next_item(interpreter, zip->iterators[j].get());
        if (extra) return zip_length_mismatch(interpreter, j, "longer");
        if (interpreter.has_exception()) return Ref();
      }
      return Ref();
    }
    items.push_back(std::move(item));
  }
  std::vector<Value> values(size);
  for (std::size_t i = 0; i < size; ++i) values[i] = items[i].get();
  return new_tuple(interpreter, values);
}

// ---- map(function, iterable, *iterables) ---------------------------------

struct Map : Object {
  Ref function;
  std::vector<Ref> iterators;
};

Ref map_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "map", kwnames)) return Ref();
  if (count < 2) return interpreter.raise(interpreter.TypeError_type, "map() must have at least two arguments.");
  std::vector<Ref> iterators;
  for (std::size_t i = 1; i < count; ++i) {
    iterators.push_back(iterate(interpreter, arguments[i]));
    if (!iterators.back()) return Ref();
  }
  auto* map = allocate<Map>(interpreter, interpreter.map_type);
  map->function = Ref::borrow(arguments[0]);
  map->iterators = std::move(iterators);
  return owned(map);
}

Ref map_next(Interpreter& interpreter, Value self) {
  auto* map = as<Map>(self);
  std::vector<Ref> items;
  items.reserve(map->iterators.size());
  for (const Ref& iterator : map->iterators) {
    items.push_back(next_item(interpreter, iterator.get()));
    if (!items.back()) return Ref();
  }
  std::vector<Value> values(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) values[i] = items[i].get();
  return call(interpreter, map->function.get(), values.data(), values.size());
}

// ---- filter(function or None, iterable) ----------------------------------

struct Filter : Object {
  Ref function;  // None (or bool): the items' own truth
  Ref iterator;
};

Ref filter_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "filter", kwnames) || !check_argument_count(interpreter, "filter", count, 2, 2))
    return Ref();
  Ref iterator = iterate(interpreter, arguments[1]);
  if (!iterator) return Ref();
  auto* filter = allocate<Filter>(interpreter, interpreter.filter_type);
  filter->function = Ref::borrow(arguments[0]);
  filter->iterator = std::move(iterator);
  return owned(filter);
}

Ref filter_next(Interpreter& interpreter, Value self) {
  auto* filter = as<Filter>(self);
  const Value function = filter->function.get();
  const bool own_truth = function == interpreter.none() || function == Value::object(interpreter.bool_type);
  while (true) {
    Ref item = next_item(interpreter, filter->iterator.get());
    if (!item) return Ref();
    int keep = 0;
    if (own_truth) {
      keep = truth(interpreter, item.get());
    } else {
      const Value argument = item.get();
      Ref verdict = call(interpreter, function, &argument, 1);
      keep = verdict ? truth(interpreter, verdict.get()) : -1;
    }
    if (keep > 0) return item;
    if (keep < 0) return Ref();
  }
}

// ---- reversed(sequence) --------------------------------------------------

struct Reversed : Object {
  Ref sequence;  // null once exhausted
  std::int64_t index = -1;
};

// CPython's reversed_new_impl: __reversed__ (None forbids reversing), then
// the sequence protocol from len(sequence) - 1 down; list and range have
// their own reverse iterators, as their __reversed__ give in CPython.
Ref reversed_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "reversed", kwnames) ||
      !check_argument_count(interpreter, "reversed", count, 1, 1))
    return Ref();
  const Value sequence = arguments[0];
  if (lookup_special(interpreter, sequence, interpreter.names.dunder_reversed) == interpreter.none())
    return not_reversible(interpreter, sequence);
  bool found = true;
  Ref result = call_special(interpreter, sequence, interpreter.names.dunder_reversed, nullptr, 0, found);
  if (found) return result;
  const Type* type = type_of(interpreter, sequence);
  if (is_subtype(type, interpreter.list_type)) return new_list_reverse_iterator(interpreter, sequence);
  if (!is_sequence(interpreter, sequence)) return not_reversible(interpreter, sequence);
  Ref size = length(interpreter, sequence);
  if (!size) return Ref();
  std::int64_t items = 0;
  if (!index_sized(interpreter, size.get(), items)) return Ref();
  auto* reversed = allocate<Reversed>(interpreter, interpreter.reversed_type);
  reversed->sequence = Ref::borrow(sequence);
  reversed->index = items - 1;
  return owned(reversed);
}

Ref reversed_next(Interpreter& interpreter, Value self) {
  auto* reversed = as<Reversed>(self);
  if (reversed->index >= 0 && reversed->sequence) {
    Ref item = get_item(interpreter, reversed->sequence.get(), Value::small_int(reversed->index));
    if (item) {
      --reversed->index;
      return item;
    }
    if (!interpreter.exception_is(interpreter.IndexError_type) &&
        !interpreter.exception_is(interpreter.StopIteration_type))
      return Ref();
    Ref ended = interpreter.take_exception();
  }
  reversed->index = -1;
  reversed->sequence = Ref();
  return Ref();
}

// The references each iterator owns, for the collector's traverse and clear.
template <class F>
void for_fields(SequenceIterator& iterator, F f) { f(iterator.sequence); }
template <class F>
void for_fields(ListReverseIterator& iterator, F f) { f(iterator.list); }
template <class F>
void for_fields(IndexIterator& iterator, F f) { f(iterator.sequence); }
template <class F>
void for_fields(CallableIterator& iterator, F f) {
  f(iterator.callable);
  f(iterator.sentinel);
}
template <class F>
void for_fields(Enumerate& iterator, F f) {
  f(iterator.iterator);
  f(iterator.index);
}
template <class F>
void for_fields(Zip& iterator, F f) {
  for (Ref& each : iterator.iterators) f(each);
}
template <class F>
void for_fields(Map& iterator, F f) {
  f(iterator.function);
  for (Ref& each : iterator.iterators) f(each);
}
template <class F>
void for_fields(Filter& iterator, F f) {
  f(iterator.function);
  f(iterator.iterator);
}
template <class F>
void for_fields(Reversed& iterator, F f) { f(iterator.sequence); }

template <class Iterator>
void traverse(Object* object, const Visitor& visit) {
  for_fields(*static_cast<Iterator*>(object), [&](const Ref& field) { visit(field); });
}
template <class Iterator>
void clear(Interpreter&, Object* object) {
  for_fields(*static_cast<Iterator*>(object), [](Ref& field) { field = Ref(); });
}

template <class Iterator>
void define_iterator_type(Type* type, UnarySlot next) {
  type->iter = &iterator_self;
  type->next = next;
  type->deallocate = &deallocate<Iterator>;
  type->traverse = &traverse<Iterator>;
  type->clear = &clear<Iterator>;
}

// __length_hint__ of the reverse iterators: the items left.
Ref list_reverse_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count,
                                      Value kwnames) {
  if (!check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  const auto* iterator = as<ListReverseIterator>(self);
  const bool left = iterator->list && iterator->index < static_cast<std::int64_t>(as_list(iterator->list.get())->items.size());
  return new_int(interpreter, left ? iterator->index + 1 : 0);
}

Ref reversed_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  const auto* iterator = as<Reversed>(self);
  if (!iterator->sequence) return Ref::small_int(0);
  Ref size = length(interpreter, iterator->sequence.get());
  if (!size) return Ref();
  std::int64_t items = 0;
  if (!index_sized(interpreter, size.get(), items)) return Ref();
  return new_int(interpreter, items < iterator->index + 1 ? 0 : iterator->index + 1);
}

// The index a reverse iterator's __setstate__ takes (PyLong_AsSsize_t: an
// int only).
bool state_index(Interpreter& interpreter, Value state, std::int64_t& out) {
  if (!is_int(interpreter, state)) {
    interpreter.set_exception(interpreter.TypeError_type, "an integer is required");
    return false;
  }
  return index_argument(interpreter, state, out);
}

// __setstate__(index) of the reverse iterators: the next position, clamped
// to [-1, len - 1].
Ref list_reverse_iterator_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                                   Value kwnames) {
  std::int64_t index = 0;
  if (!check_one_argument(interpreter, "__setstate__", count, kwnames) || !state_index(interpreter, arguments[0], index))
    return Ref();
  auto* iterator = as<ListReverseIterator>(self);
  if (iterator->list) {
    const auto last = static_cast<std::int64_t>(as_list(iterator->list.get())->items.size()) - 1;
    iterator->index = index < -1 ? -1 : index > last ? last : index;
  }
  return interpreter.new_none();
}

Ref reversed_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t index = 0;
  if (!check_one_argument(interpreter, "__setstate__", count, kwnames) || !state_index(interpreter, arguments[0], index))
    return Ref();
  auto* iterator = as<Reversed>(self);
  if (iterator->sequence) {
    Ref size = length(interpreter, iterator->sequence.get());
    std::int64_t items = 0;
    if (!size || !index_sized(interpreter, size.get(), items)) return Ref();
    iterator->index = index < -1 ? -1 : index > items - 1 ? items - 1 : index;
  }
  return interpreter.new_none();
}

// zip.__setstate__(strict).
Ref zip_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  const int strict = truth(interpreter, arguments[0]);
  if (strict < 0) return Ref();
  as<Zip>(self)->strict = strict != 0;
  return interpreter.new_none();
}

// ---- __reduce__: how copy and pickle rebuild an iterator mid-way ---------

// (iter, (sequence,), position) while items are left; once exhausted,
// (iter, (empty,)) with an empty sequence of the kind CPython's uses.
Ref reduce_position(Interpreter& interpreter, Value callable, Value sequence, std::int64_t position) {
  const Value arguments[] = {sequence};
  Ref index = new_int(interpreter, position);
  return reduce_value(interpreter, callable, arguments, index.get());
}

Ref reduce_exhausted(Interpreter& interpreter, Value callable, Ref empty) {
  const Value arguments[] = {empty.get()};
  return reduce_value(interpreter, callable, arguments);
}

Ref empty_tuple(Interpreter& interpreter) { return new_tuple(interpreter, {}); }

Ref sequence_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = as<SequenceIterator>(self);
  const Value iter = builtin_named(interpreter, "iter");
  if (iterator->sequence) return reduce_position(interpreter, iter, iterator->sequence.get(), iterator->index);
  const Type* type = type_of(interpreter, self);
  if (type == interpreter.list_iterator_type) return reduce_exhausted(interpreter, iter, new_list(interpreter, {}));
  if (type == interpreter.str_iterator_type || type == interpreter.str_ascii_iterator_type)
    return reduce_exhausted(interpreter, iter, new_str(interpreter, ""));
  return reduce_exhausted(interpreter, iter, empty_tuple(interpreter));
}

Ref list_reverse_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count,
                                 Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = as<ListReverseIterator>(self);
  if (iterator->list)
    return reduce_position(interpreter, Value::object(interpreter.reversed_type), iterator->list.get(), iterator->index);
  return reduce_exhausted(interpreter, builtin_named(interpreter, "iter"), new_list(interpreter, {}));
}

Ref index_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = as<IndexIterator>(self);
  const Value iter = builtin_named(interpreter, "iter");
  if (iterator->sequence) return reduce_position(interpreter, iter, iterator->sequence.get(), iterator->index);
  return reduce_exhausted(interpreter, iter, empty_tuple(interpreter));
}

// iterator.__setstate__(index) (CPython's iter_setstate: a negative index
// counts as 0).
Ref index_iterator_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  std::int64_t index = 0;
  if (!check_one_argument(interpreter, "__setstate__", count, kwnames) || !state_index(interpreter, arguments[0], index))
    return Ref();
  auto* iterator = as<IndexIterator>(self);
  if (iterator->sequence) iterator->index = index < 0 ? 0 : index;
  return interpreter.new_none();
}

Ref callable_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = as<CallableIterator>(self);
  const Value iter = builtin_named(interpreter, "iter");
  if (!iterator->callable) return reduce_exhausted(interpreter, iter, empty_tuple(interpreter));
  const Value arguments[] = {iterator->callable.get(), iterator->sentinel.get()};
  return reduce_value(interpreter, iter, arguments);
}

Ref enumerate_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* enumerate = as<Enumerate>(self);
  const Value arguments[] = {enumerate->iterator.get(), enumerate->index.get()};
  return reduce_value(interpreter, Value::object(type_of(interpreter, self)), arguments);
}

// zip: (type, iterators), with True as the state under strict=True.
Ref zip_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* zip = as<Zip>(self);
  std::vector<Value> arguments;
  for (const Ref& each : zip->iterators) arguments.push_back(each.get());
  return reduce_value(interpreter, Value::object(type_of(interpreter, self)), arguments,
                      zip->strict ? interpreter.boolean(true) : Value());
}

Ref map_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* map = as<Map>(self);
  std::vector<Value> arguments{map->function.get()};
  for (const Ref& each : map->iterators) arguments.push_back(each.get());
  return reduce_value(interpreter, Value::object(type_of(interpreter, self)), arguments);
}

Ref filter_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* filter = as<Filter>(self);
  const Value arguments[] = {filter->function.get(), filter->iterator.get()};
  return reduce_value(interpreter, Value::object(type_of(interpreter, self)), arguments);
}

Ref reversed_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* reversed = as<Reversed>(self);
  const Value type = Value::object(type_of(interpreter, self));
  if (reversed->sequence) return reduce_position(interpreter, type, reversed->sequence.get(), reversed->index);
  return reduce_exhausted(interpreter, type, empty_tuple(interpreter));
}

}  // namespace

Ref new_list_reverse_iterator(Interpreter& interpreter, Value list) {
  auto* iterator = allocate<ListReverseIterator>(interpreter, interpreter.list_reverse_iterator_type);
  iterator->list = Ref::borrow(list);
  iterator->index = static_cast<std::int64_t>(as_list(list)->items.size()) - 1;
  return owned(iterator);
}

Ref new_sequence_iterator(Interpreter& interpreter, Type* type, Value sequence, const SequenceAccess& access) {
  auto* iterator = allocate<SequenceIterator>(interpreter, type);
  iterator->sequence = Ref::borrow(sequence);
  iterator->access = &access;
  return owned(iterator);
}

Ref new_index_iterator(Interpreter& interpreter, Value sequence) {
  auto* iterator = allocate<IndexIterator>(interpreter, interpreter.index_iterator_type);
  iterator->sequence = Ref::borrow(sequence);
  return owned(iterator);
}

Ref new_callable_iterator(Interpreter& interpreter, Value callable, Value sentinel) {
  auto* iterator = allocate<CallableIterator>(interpreter, interpreter.callable_iterator_type);
  iterator->callable = Ref::borrow(callable);
  iterator->sentinel = Ref::borrow(sentinel);
  return owned(iterator);
}

Ref iterate(Interpreter& interpreter, Value iterable) { return get_iterator(interpreter, iterable); }

Ref next_item(Interpreter& interpreter, Value iterator) {
  Ref item = iterator_next(interpreter, iterator);
  if (!item && interpreter.exception_is(interpreter.StopIteration_type)) Ref ended = interpreter.take_exception();
  return item;
}

// A constructor for subclasses too: the iterator `make` created for a
// subclass takes the subclass as its type (when it is a new object of the
// built-in type; reversed() may return another iterator, kept as it is).
template <CallSlot make>
Ref construct_for(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Ref iterator = make(interpreter, callee, arguments, count, kwnames);
  auto* type = static_cast<Type*>(callee.as_object());
  if (!iterator || !type->is_heap_type) return iterator;
  Object* object = iterator.get().as_object();
  const Type* builtin = type;
  while (builtin->is_heap_type) builtin = builtin->base;
  if (object->type == builtin && object->refcount == 1) set_object_type(object, type);
  return iterator;
}

void init_iterator_types(Interpreter& interpreter) {
  for (Type* type : {interpreter.tuple_iterator_type, interpreter.list_iterator_type, interpreter.str_iterator_type,
                      interpreter.str_ascii_iterator_type, interpreter.bytes_iterator_type,
                      interpreter.bytearray_iterator_type}) {
    define_iterator_type<SequenceIterator>(type, &sequence_iterator_next);
    add_methods(interpreter, type,
                {{"__length_hint__", &sequence_iterator_length_hint},
                 {"__setstate__", &sequence_iterator_setstate},
                 {"__reduce__", &sequence_iterator_reduce}});
  }
  define_iterator_type<ListReverseIterator>(interpreter.list_reverse_iterator_type, &list_reverse_iterator_next);
  add_methods(interpreter, interpreter.list_reverse_iterator_type,
              {{"__length_hint__", &list_reverse_iterator_length_hint},
               {"__setstate__", &list_reverse_iterator_setstate},
               {"__reduce__", &list_reverse_iterator_reduce}});
  add_methods(interpreter, interpreter.reversed_type,
              {{"__length_hint__", &reversed_length_hint},
               {"__setstate__", &reversed_setstate},
               {"__reduce__", &reversed_reduce}});
  add_methods(interpreter, interpreter.zip_type, {{"__setstate__", &zip_setstate}, {"__reduce__", &zip_reduce}});
  add_methods(interpreter, interpreter.index_iterator_type,
              {{"__setstate__", &index_iterator_setstate}, {"__reduce__", &index_iterator_reduce}});
  add_methods(interpreter, interpreter.callable_iterator_type, {{"__reduce__", &callable_iterator_reduce}});
  add_methods(interpreter, interpreter.enumerate_type, {{"__reduce__", &enumerate_reduce}});
  add_methods(interpreter, interpreter.map_type, {{"__reduce__", &map_reduce}});
  add_methods(interpreter, interpreter.filter_type, {{"__reduce__", &filter_reduce}});
  define_iterator_type<IndexIterator>(interpreter.index_iterator_type, &index_iterator_next);
  define_iterator_type<CallableIterator>(interpreter.callable_iterator_type, &callable_iterator_next);
  define_iterator_type<Enumerate>(interpreter.enumerate_type, &enumerate_next);
  define_iterator_type<Zip>(interpreter.zip_type, &zip_next);
  define_iterator_type<Map>(interpreter.map_type, &map_next);
  define_iterator_type<Filter>(interpreter.filter_type, &filter_next);
  define_iterator_type<Reversed>(interpreter.reversed_type, &reversed_next);
  interpreter.enumerate_type->construct = &construct_for<&enumerate_construct>;
  interpreter.zip_type->construct = &construct_for<&zip_construct>;
  interpreter.map_type->construct = &construct_for<&map_construct>;
  interpreter.filter_type->construct = &construct_for<&filter_construct>;
  interpreter.reversed_type->construct = &construct_for<&reversed_construct>;
}

}  // namespace krait::runtime
