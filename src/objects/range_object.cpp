// Objects: range(stop) / range(start, stop[, step]), its len, repr, truth
// and iteration. The iterator is also stepped inline by the VM's FOR_ITER.
#include "objects/range_object.h"

#include <string>

#include "objects/descriptor_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
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

// One range() argument as a machine integer, with CPython's TypeError for
// non-ints.
bool range_argument(Interpreter& interpreter, Value value, std::int64_t& out) {
  Ref index = number_index(interpreter, value);
  if (!index) return false;
  if (!int_to_int64(interpreter, index.get(), out)) {
    interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C long");
    return false;
  }
  return true;
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

Ref range_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "range", kwnames)) return Ref();
  if (count == 0 || count > 3)
    return interpreter.raise(interpreter.TypeError_type, std::string("range expected at ") +
                                                             (count == 0 ? "least 1 argument, got 0"
                                                                         : "most 3 arguments, got " + std::to_string(count)));
  std::int64_t bounds[3] = {0, 0, 1};
  for (std::size_t i = 0; i < count; ++i)
    if (!range_argument(interpreter, arguments[i], bounds[count == 1 ? 1 : i])) return Ref();
  if (bounds[2] == 0) return interpreter.raise(interpreter.ValueError_type, "range() arg 3 must not be zero");
  return new_range(interpreter, bounds[0], bounds[1], bounds[2]);
}

std::int64_t item_at(const RangeObject* range, std::int64_t index) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(range->start) +
                                   static_cast<std::uint64_t>(index) * static_cast<std::uint64_t>(range->step));
}

// r[i] and r[i:j:k] (a range again), as CPython's range_subscript.
Ref range_subscript(Interpreter& interpreter, Value self, Value key) {
  const RangeObject* range = as_range(self);
  if (Ref index_value = is_slice(interpreter, key) ? Ref() : subscript_index(interpreter, key)) {
    std::int64_t index = 0;
    if (!int_to_int64(interpreter, index_value.get(), index) ||
        (index < 0 ? index + range->length < 0 : index >= range->length))
      return interpreter.raise(interpreter.IndexError_type, "range object index out of range");
    if (index < 0) index += range->length;
    return new_int(interpreter, item_at(range, index));
  }
  if (is_slice(interpreter, key)) {
    SliceBounds bounds;
    if (!slice_bounds(interpreter, key, range->length, bounds)) return Ref();
    // CPython's compute_slice: the adjusted bounds mapped through the range.
    return new_range(interpreter, item_at(range, bounds.start), item_at(range, bounds.stop), range->step * bounds.step);
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.raise(interpreter.TypeError_type,
                           "range indices must be integers or slices, not " + std::string(type_name(interpreter, key)));
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
  const bool same = a->length == b->length &&
                    (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
  return interpreter.new_boolean(same == (op == CompareOp::Eq));
}

// hash((len, start, step)) with start and step None where they do not
// matter, as CPython's range_hash.
std::int64_t range_hash(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  Ref length = new_int(interpreter, range->length);
  Ref start = range->length ? new_int(interpreter, range->start) : interpreter.new_none();
  Ref step = range->length > 1 ? new_int(interpreter, range->step) : interpreter.new_none();
  const Value items[] = {length.get(), start.get(), step.get()};
  return hash_tuple_items(interpreter, items, 3);
}

Ref range_reversed(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "range.__reversed__", count, kwnames)) return Ref();
  const RangeObject* range = as_range(self);
  // From the last item down; the arithmetic wraps as the iterator's own.
  const auto step = static_cast<std::uint64_t>(range->step);
  return new_range_iterator(interpreter, range->length ? item_at(range, range->length - 1) : 0,
                            static_cast<std::int64_t>(0 - step), range->length);
}

Ref range_start(Interpreter& interpreter, Value self) { return new_int(interpreter, as_range(self)->start); }
Ref range_stop(Interpreter& interpreter, Value self) { return new_int(interpreter, as_range(self)->stop); }
Ref range_step(Interpreter& interpreter, Value self) { return new_int(interpreter, as_range(self)->step); }

Ref range_repr(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
  std::string text = "range(" + std::to_string(range->start) + ", " + std::to_string(range->stop);
  if (range->step != 1) text += ", " + std::to_string(range->step);
  return new_str(interpreter, text + ")");
}

Ref range_len(Interpreter& interpreter, Value self) { return new_int(interpreter, as_range(self)->length); }
int range_truth(Interpreter&, Value self) { return as_range(self)->length != 0; }

Ref range_iter(Interpreter& interpreter, Value self) {
  const RangeObject* range = as_range(self);
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
              {{"count", &range_count}, {"index", &range_index}, {"__reversed__", &range_reversed}});
  add_getsets(interpreter, range, {{"start", &range_start}, {"stop", &range_stop}, {"step", &range_step}});
  Type* iterator = interpreter.range_iterator_type;
  iterator->iter = &range_iterator_iter;
  iterator->next = &range_iterator_next;
  iterator->deallocate = &range_iterator_deallocate;
  add_methods(interpreter, iterator,
              {{"__length_hint__", &range_iterator_length_hint}, {"__setstate__", &range_iterator_setstate}});
}

}  // namespace krait::runtime
