// Objects: range(stop) / range(start, stop[, step]), its len, repr, truth
// and iteration. The iterator is also stepped inline by the VM's FOR_ITER.
#include "objects/range_object.h"

#include <limits>
#include <string>

#include "objects/descriptor_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

RangeObject* as_range(Value value) { return static_cast<RangeObject*>(value.as_object()); }

// The number of items of range(start, stop, step), step nonzero, computed
// without overflow (the span of two int64s fits in an unsigned one).
std::int64_t range_length(std::int64_t start, std::int64_t stop, std::int64_t step) {
  if (step > 0 ? start >= stop : start <= stop) return 0;
  const std::uint64_t span = step > 0 ? static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start)
                                      : static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop);
  const std::uint64_t magnitude = step > 0 ? static_cast<std::uint64_t>(step) : 0 - static_cast<std::uint64_t>(step);
  return static_cast<std::int64_t>((span - 1) / magnitude + 1);
}

Ref new_range(Interpreter& interpreter, std::int64_t start, std::int64_t stop, std::int64_t step) {
  auto* range = new RangeObject;
  range->type = interpreter.range_type;
  range->start = start;
  range->stop = stop;
  range->step = step;
  range->length = range_length(start, stop, step);
  return Ref::steal(Value::object(range));
}

// Arithmetic on ints for the big form.
Ref arithmetic(Interpreter& interpreter, BinaryOperator op, Value left, Value right) {
  return binary_operation(interpreter, op, left, right, false);
}

// CPython's compute_range_length on ints: step nonzero.
Ref big_length(Interpreter& interpreter, Value start, Value stop, Value step) {
  const bool up = int_sign(interpreter, step) > 0;
  const Value low = up ? start : stop, high = up ? stop : start;
  Ref magnitude = up ? Ref::borrow(step) : unary_operation(interpreter, UnaryOperator::Negative, step);
  if (!magnitude) return Ref();
  const int empty = less_than(interpreter, low, high);
  if (empty < 0) return Ref();
  if (!empty) return Ref::small_int(0);
  Ref span = arithmetic(interpreter, BinaryOperator::SUBTRACT, high, low);
  if (!span) return Ref();
  span = arithmetic(interpreter, BinaryOperator::SUBTRACT, span.get(), Value::small_int(1));
  if (!span) return Ref();
  Ref count = arithmetic(interpreter, BinaryOperator::FLOOR_DIVIDE, span.get(), magnitude.get());
  if (!count) return Ref();
  return arithmetic(interpreter, BinaryOperator::ADD, count.get(), Value::small_int(1));
}

// range(start, stop, step) over ints: machine words when the bounds and the
// length fit them, else the big form.
Ref make_range(Interpreter& interpreter, Value start, Value stop, Value step) {
  std::int64_t a = 0, b = 0, c = 0;
  if (int_to_int64(interpreter, start, a) && int_to_int64(interpreter, stop, b) && int_to_int64(interpreter, step, c) &&
      c != std::numeric_limits<std::int64_t>::min()) {
    const bool empty = c > 0 ? a >= b : a <= b;
    const std::uint64_t span = c > 0 ? static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a)
                                     : static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b);
    const std::uint64_t magnitude = c > 0 ? static_cast<std::uint64_t>(c) : 0 - static_cast<std::uint64_t>(c);
    if (empty || (span - 1) / magnitude + 1 <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return new_range(interpreter, a, b, c);
  }
  Ref length = big_length(interpreter, start, stop, step);
  if (!length) return Ref();
  const Value parts[] = {start, stop, step, length.get()};
  auto* range = new RangeObject;
  range->type = interpreter.range_type;
  range->big = new_tuple(interpreter, parts);
  return Ref::steal(Value::object(range));
}

// A range's start, stop, step and length as ints, whichever its form.
enum class Part { Start, Stop, Step, Length };
Ref range_part(Interpreter& interpreter, const RangeObject* range, Part part) {
  if (range->big) return Ref::borrow(as_tuple(range->big.get())->items()[static_cast<int>(part)]);
  switch (part) {
    case Part::Start: return new_int(interpreter, range->start);
    case Part::Stop: return new_int(interpreter, range->stop);
    case Part::Step: return new_int(interpreter, range->step);
    case Part::Length: break;
  }
  return new_int(interpreter, range->length);
}
Value big_part(const RangeObject* range, Part part) { return as_tuple(range->big.get())->items()[static_cast<int>(part)]; }

Ref range_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "range", kwnames)) return Ref();
  if (count == 0 || count > 3)
    return interpreter.raise(interpreter.TypeError_type, std::string("range expected at ") +
                                                             (count == 0 ? "least 1 argument, got 0"
                                                                         : "most 3 arguments, got " + std::to_string(count)));
  Ref bounds[3] = {Ref::small_int(0), Ref(), Ref::small_int(1)};
  for (std::size_t i = 0; i < count; ++i) {
    Ref index = number_index(interpreter, arguments[i]);
    if (!index) return Ref();
    bounds[count == 1 ? 1 : i] = std::move(index);
  }
  if (int_sign(interpreter, bounds[2].get()) == 0)
    return interpreter.raise(interpreter.ValueError_type, "range() arg 3 must not be zero");
  return make_range(interpreter, bounds[0].get(), bounds[1].get(), bounds[2].get());
}

// start + index * step over ints.
Ref big_item(Interpreter& interpreter, const RangeObject* range, Value index) {
  Ref offset = arithmetic(interpreter, BinaryOperator::MULTIPLY, index, big_part(range, Part::Step));
  if (!offset) return Ref();
  return arithmetic(interpreter, BinaryOperator::ADD, big_part(range, Part::Start), offset.get());
}

std::int64_t item_at(const RangeObject* range, std::int64_t index) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(range->start) +
                                   static_cast<std::uint64_t>(index) * static_cast<std::uint64_t>(range->step));
}

// r[i:j:k]: CPython's compute_slice, the slice's indices (at any size)
// mapped through the range.
Ref slice_range(Interpreter& interpreter, const RangeObject* range, Value key) {
  Ref length = range_part(interpreter, range, Part::Length);
  const Value length_value = length.get();
  Ref indices = call_method(interpreter, key, interpreter.intern("indices"), &length_value, 1);
  if (!indices) return Ref();
  const Value* bounds = as_tuple(indices.get())->items();
  Ref start = range_part(interpreter, range, Part::Start), step = range_part(interpreter, range, Part::Step);
  Ref parts[3];
  for (int i = 0; i < 2; ++i) {
    Ref offset = arithmetic(interpreter, BinaryOperator::MULTIPLY, bounds[i], step.get());
    if (!offset) return Ref();
    parts[i] = arithmetic(interpreter, BinaryOperator::ADD, start.get(), offset.get());
    if (!parts[i]) return Ref();
  }
  parts[2] = arithmetic(interpreter, BinaryOperator::MULTIPLY, step.get(), bounds[2]);
  if (!parts[2]) return Ref();
  return make_range(interpreter, parts[0].get(), parts[1].get(), parts[2].get());
}

// r[i] of a big range.
Ref big_subscript(Interpreter& interpreter, const RangeObject* range, Value index) {
  Ref position = Ref::borrow(index);
  const Value length = big_part(range, Part::Length);
  if (int_sign(interpreter, index) < 0) position = arithmetic(interpreter, BinaryOperator::ADD, index, length);
  if (!position) return Ref();
  const int below = less_than(interpreter, position.get(), Value::small_int(0));
  const int inside = below ? 0 : less_than(interpreter, position.get(), length);
  if (below < 0 || inside < 0) return Ref();
  if (below || !inside) return interpreter.raise(interpreter.IndexError_type, "range object index out of range");
  return big_item(interpreter, range, position.get());
}

// r[i] and r[i:j:k] (a range again), as CPython's range_subscript.
Ref range_subscript(Interpreter& interpreter, Value self, Value key) {
  const RangeObject* range = as_range(self);
  if (is_slice(interpreter, key)) return slice_range(interpreter, range, key);
  if (Ref index_value = subscript_index(interpreter, key)) {
    if (range->big) return big_subscript(interpreter, range, index_value.get());
    std::int64_t index = 0;
    if (!int_to_int64(interpreter, index_value.get(), index) ||
        (index < 0 ? index + range->length < 0 : index >= range->length))
      return interpreter.raise(interpreter.IndexError_type, "range object index out of range");
    if (index < 0) index += range->length;
    return new_int(interpreter, item_at(range, index));
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.raise(interpreter.TypeError_type,
                           "range indices must be integers or slices, not " + std::string(type_name(interpreter, key)));
}

// The position of the int `value` in a big range: an int, or null (without
// an exception) when it is not there.
Ref big_position(Interpreter& interpreter, const RangeObject* range, Value value) {
  const Value start = big_part(range, Part::Start), stop = big_part(range, Part::Stop), step = big_part(range, Part::Step);
  const bool up = int_sign(interpreter, step) > 0;
  // up: start <= value < stop; down: stop < value <= start.
  const int after_start = up ? less_than(interpreter, value, start) : less_than(interpreter, start, value);
  if (after_start != 0) return Ref();
  const int before_stop = up ? less_than(interpreter, value, stop) : less_than(interpreter, stop, value);
  if (before_stop <= 0) return Ref();
  Ref offset = arithmetic(interpreter, BinaryOperator::SUBTRACT, value, start);
  if (!offset) return Ref();
  Ref remainder = arithmetic(interpreter, BinaryOperator::REMAINDER, offset.get(), step);
  if (!remainder || int_sign(interpreter, remainder.get()) != 0) return Ref();
  return arithmetic(interpreter, BinaryOperator::FLOOR_DIVIDE, offset.get(), step);
}

bool is_exact_int(Interpreter& interpreter, Value value) {
  return value.is_small_int() || type_of(interpreter, value) == interpreter.int_type ||
         type_of(interpreter, value) == interpreter.bool_type;
}

// A walk over the items for what is not an int: the first position holding
// something equal to `value` (an int), or null; -1 in `error` on failure.
Ref walk_position(Interpreter& interpreter, Value self, Value value, bool& error) {
  error = false;
  Ref iterator = get_iterator(interpreter, self);
  if (!iterator) {
    error = true;
    return Ref();
  }
  for (std::int64_t i = 0;; ++i) {
    Ref item = iterator_next(interpreter, iterator.get());
    if (!item) {
      error = interpreter.has_exception();
      return Ref();
    }
    const int same = equal(interpreter, item.get(), value);
    if (same < 0) {
      error = true;
      return Ref();
    }
    if (same) return new_int(interpreter, i);
  }
}

// The position of the int `value` in the range, or -1.
std::int64_t position_of(const RangeObject* range, Value value) {
  if (!value.is_small_int()) return -1;
  const std::int64_t x = value.as_small_int();
  if (range->length == 0 || (range->step > 0 ? x < range->start || x >= range->stop : x > range->start || x <= range->stop))
    return -1;
  const std::int64_t offset = x - range->start;
  return offset % range->step == 0 ? offset / range->step : -1;
}

// `in` is arithmetic for ints (exact ints only: a subclass may define ==),
// else a walk comparing items.
int range_contains(Interpreter& interpreter, Value self, Value value) {
  if (as_range(self)->big) {
    bool error = false;
    Ref position = is_exact_int(interpreter, value) ? big_position(interpreter, as_range(self), value)
                                                    : walk_position(interpreter, self, value, error);
    if (error || interpreter.has_exception()) return -1;
    return position ? 1 : 0;
  }
  if (value.is_small_int() || type_of(interpreter, value) == interpreter.bool_type)
    return position_of(as_range(self), value.is_small_int() ? value : Value::small_int(truth(interpreter, value))) >= 0;
  const RangeObject* range = as_range(self);
  for (std::int64_t i = 0; i < range->length; ++i) {
    Ref item = new_int(interpreter, item_at(range, i));
    const int same = equal(interpreter, item.get(), value);
    if (same != 0) return same;
  }
  return 0;
}

Ref range_count(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "range.count", count, kwnames))
    return Ref();
  if (as_range(self)->big) {
    if (is_exact_int(interpreter, arguments[0])) {
      Ref position = big_position(interpreter, as_range(self), arguments[0]);
      if (interpreter.has_exception()) return Ref();
      return Ref::small_int(position ? 1 : 0);
    }
    // Every equal item counts.
    Ref iterator = get_iterator(interpreter, self);
    if (!iterator) return Ref();
    std::int64_t found = 0;
    while (Ref item = iterator_next(interpreter, iterator.get())) {
      const int same = equal(interpreter, item.get(), arguments[0]);
      if (same < 0) return Ref();
      found += same;
    }
    if (interpreter.has_exception()) return Ref();
    return new_int(interpreter, found);
  }
  if (arguments[0].is_small_int()) return new_int(interpreter, position_of(as_range(self), arguments[0]) >= 0 ? 1 : 0);
  const RangeObject* range = as_range(self);
  std::int64_t found = 0;
  for (std::int64_t i = 0; i < range->length; ++i) {
    Ref item = new_int(interpreter, item_at(range, i));
    const int same = equal(interpreter, item.get(), arguments[0]);
    if (same < 0) return Ref();
    found += same;
  }
  return new_int(interpreter, found);
}

Ref range_index(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "range.index", count, kwnames))
    return Ref();
  const RangeObject* range = as_range(self);
  if (range->big) {
    bool error = false;
    Ref found = is_exact_int(interpreter, arguments[0]) ? big_position(interpreter, range, arguments[0])
                                                        : walk_position(interpreter, self, arguments[0], error);
    if (error || interpreter.has_exception()) return Ref();
    if (found) return found;
    Ref text = repr(interpreter, arguments[0]);
    if (!text) return Ref();
    return interpreter.raise(interpreter.ValueError_type, std::string(str_utf8(text.get())) + " is not in range");
  }
  std::int64_t position = position_of(range, arguments[0]);
  for (std::int64_t i = 0; position < 0 && !arguments[0].is_small_int() && i < range->length; ++i) {
    Ref item = new_int(interpreter, item_at(range, i));
    const int same = equal(interpreter, item.get(), arguments[0]);
    if (same < 0) return Ref();
    if (same) position = i;
  }
  if (position >= 0) return new_int(interpreter, position);
  Ref text = repr(interpreter, arguments[0]);
  if (!text) return Ref();
  return interpreter.raise(interpreter.ValueError_type, std::string(str_utf8(text.get())) + " is not in range");
}

// Ranges are equal when they are the same sequence of ints.
Ref range_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(interpreter, other) != interpreter.range_type)
    return Ref::borrow(interpreter.not_implemented());
  const RangeObject* a = as_range(self);
  const RangeObject* b = as_range(other);
  bool same = false;
  if (!a->big && !b->big) {
    same = a->length == b->length &&
           (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
  } else {
    // The same test on ints: length, then start unless empty, then step
    // unless of one item.
    Ref length = range_part(interpreter, a, Part::Length);
    int result = equal(interpreter, length.get(), range_part(interpreter, b, Part::Length).get());
    if (result > 0 && int_sign(interpreter, length.get()) != 0) {
      result = equal(interpreter, range_part(interpreter, a, Part::Start).get(), range_part(interpreter, b, Part::Start).get());
      const int one = equal(interpreter, length.get(), Value::small_int(1));
      if (result > 0 && one == 0)
        result = equal(interpreter, range_part(interpreter, a, Part::Step).get(), range_part(interpreter, b, Part::Step).get());
    }
    if (result < 0) return Ref();
    same = result > 0;
  }
  return interpreter.new_boolean(same == (op == CompareOp::Eq));
}

// hash((len, start, step)) with start and step None where they do not
// matter, as CPython's range_hash.
std::int64_t range_hash(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  Ref length = range_part(interpreter, range, Part::Length);
  const bool empty = int_sign(interpreter, length.get()) == 0;
  const bool single = !empty && length.get() == Value::small_int(1);
  Ref start = empty ? interpreter.new_none() : range_part(interpreter, range, Part::Start);
  Ref step = empty || single ? interpreter.new_none() : range_part(interpreter, range, Part::Step);
  const Value items[] = {length.get(), start.get(), step.get()};
  return hash_tuple_items(interpreter, items, 3);
}

Ref range_reversed(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "range.__reversed__", count, kwnames)) return Ref();
  const RangeObject* range = as_range(self);
  if (range->big) {
    // range(last, start - step, -step), iterated.
    Ref last = arithmetic(interpreter, BinaryOperator::SUBTRACT, big_part(range, Part::Length), Value::small_int(1));
    if (!last) return Ref();
    last = big_item(interpreter, range, last.get());
    if (!last) return Ref();
    Ref stop = arithmetic(interpreter, BinaryOperator::SUBTRACT, big_part(range, Part::Start), big_part(range, Part::Step));
    if (!stop) return Ref();
    Ref step = unary_operation(interpreter, UnaryOperator::Negative, big_part(range, Part::Step));
    if (!step) return Ref();
    Ref reversed = make_range(interpreter, last.get(), stop.get(), step.get());
    if (!reversed) return Ref();
    return get_iterator(interpreter, reversed.get());
  }
  // From the last item down; the arithmetic wraps as the iterator's own.
  const auto step = static_cast<std::uint64_t>(range->step);
  return new_range_iterator(interpreter, range->length ? item_at(range, range->length - 1) : 0,
                            static_cast<std::int64_t>(0 - step), range->length);
}

Ref range_start(Interpreter& interpreter, Value self) { return range_part(interpreter, as_range(self), Part::Start); }
Ref range_stop(Interpreter& interpreter, Value self) { return range_part(interpreter, as_range(self), Part::Stop); }
Ref range_step(Interpreter& interpreter, Value self) { return range_part(interpreter, as_range(self), Part::Step); }

Ref range_repr(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  std::string text = "range(";
  for (const Part part : {Part::Start, Part::Stop, Part::Step}) {
    Ref value = range_part(interpreter, range, part);
    if (part == Part::Step && value.get() == Value::small_int(1)) break;
    Ref shown = repr(interpreter, value.get());
    if (!shown) return Ref();
    if (part != Part::Start) text += ", ";
    text += str_utf8(shown.get());
  }
  return new_str(interpreter, text + ")");
}

// len(): an OverflowError for a big range's length beyond a machine word.
Ref range_len(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  if (!range->big) return new_int(interpreter, range->length);
  std::int64_t length = 0;
  if (!int_to_int64(interpreter, big_part(range, Part::Length), length))
    return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C ssize_t");
  return new_int(interpreter, length);
}

int range_truth(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  return range->big ? int_sign(interpreter, big_part(range, Part::Length)) != 0 : range->length != 0;
}

// A big range iterates through its items by index.
Ref range_iter(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  if (range->big) return new_index_iterator(interpreter, self);
  return new_range_iterator(interpreter, range->start, range->step, range->length);
}

Ref range_iterator_iter(Interpreter&, Value self) { return Ref::borrow(self); }

Ref range_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = static_cast<RangeIterator*>(self.as_object());
  if (iterator->remaining == 0) return Ref();
  --iterator->remaining;
  const std::int64_t value = iterator->next;
  // The step past the last item may overflow; it is never read.
  iterator->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(value) + static_cast<std::uint64_t>(iterator->step));
  return new_int(interpreter, value);
}

void range_deallocate(Interpreter&, Object* object) { delete static_cast<RangeObject*>(object); }
Ref range_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  return new_int(interpreter, static_cast<RangeIterator*>(self.as_object())->remaining);
}

// __setstate__(index): continues from item `index` (clamped into the
// range), as CPython 3.11's rangeiter_setstate.
Ref range_iterator_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  std::int64_t index = 0;
  if (!check_one_argument(interpreter, "__setstate__", count, kwnames) ||
      !index_argument(interpreter, arguments[0], index))
    return Ref();
  auto* iterator = static_cast<RangeIterator*>(self.as_object());
  index = index < 0 ? 0 : index > iterator->length ? iterator->length : index;
  iterator->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(iterator->first) +
                                             static_cast<std::uint64_t>(index) * static_cast<std::uint64_t>(iterator->step));
  iterator->remaining = iterator->length - index;
  return interpreter.new_none();
}

// range_iterator.__reduce__(): (iter, (range(first, first + length *
// step, step),), index), the range rebuilt in ints (no overflow).
Ref range_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = static_cast<RangeIterator*>(self.as_object());
  Ref first = new_int(interpreter, iterator->first), step = new_int(interpreter, iterator->step);
  Ref length = new_int(interpreter, iterator->length);
  Ref span = binary_operation(interpreter, BinaryOperator::MULTIPLY, length.get(), step.get(), false);
  Ref stop = span ? binary_operation(interpreter, BinaryOperator::ADD, first.get(), span.get(), false) : Ref();
  if (!stop) return Ref();
  const Value bounds[] = {first.get(), stop.get(), step.get()};
  Ref range = call(interpreter, Value::object(interpreter.range_type), bounds, 3);
  if (!range) return Ref();
  const Value argument = range.get();
  Ref index = new_int(interpreter, iterator->length - iterator->remaining);
  return reduce_value(interpreter, builtin_named(interpreter, "iter"), {&argument, 1}, index.get());
}

// range.__reduce__(): (range, (start, stop, step)).
Ref range_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  return reduce_with_attributes(interpreter, self, count, kwnames, {"start", "stop", "step"});
}

void range_iterator_deallocate(Interpreter&, Object* object) { delete static_cast<RangeIterator*>(object); }

}  // namespace

Ref new_range_iterator(Interpreter& interpreter, std::int64_t first, std::int64_t step, std::int64_t length) {
  auto* iterator = new RangeIterator;  // not a container
  iterator->type = interpreter.range_iterator_type;
  iterator->first = iterator->next = first;
  iterator->step = step;
  iterator->length = iterator->remaining = length;
  return Ref::steal(Value::object(iterator));
}

void init_range_types(Interpreter& interpreter) {
  Type* range = interpreter.range_type;
  range->construct = &range_construct;
  range->repr = &range_repr;
  range->length = &range_len;
  range->truth = &range_truth;
  range->iter = &range_iter;
  range->subscript = &range_subscript;
  range->contains = &range_contains;
  range->compare = &range_compare;
  range->hash = &range_hash;
  range->deallocate = &range_deallocate;
  add_methods(interpreter, range,
              {{"count", &range_count},
               {"index", &range_index},
               {"__reversed__", &range_reversed},
               {"__reduce__", &range_reduce}});
  add_getsets(interpreter, range, {{"start", &range_start}, {"stop", &range_stop}, {"step", &range_step}});
  Type* iterator = interpreter.range_iterator_type;
  iterator->iter = &range_iterator_iter;
  iterator->next = &range_iterator_next;
  iterator->deallocate = &range_iterator_deallocate;
  add_methods(interpreter, iterator,
              {{"__length_hint__", &range_iterator_length_hint},
               {"__setstate__", &range_iterator_setstate},
               {"__reduce__", &range_iterator_reduce}});
}

}  // namespace krait::runtime
