// Objects: slice objects (what x[i:j:k] passes as its key) and their
// normalisation against a sequence's length.
#include "objects/slice_object.h"

#include <limits>
#include <string>

#include "objects/descriptor_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

constexpr std::int64_t word_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t word_min = std::numeric_limits<std::int64_t>::min();

SliceObject* as_slice(Value value) { return static_cast<SliceObject*>(value.as_object()); }

// A slice bound as a machine integer, clamped to the word's range as CPython
// clamps to Py_ssize_t (any bound beyond a sequence's length is equivalent).
// `fallback` is the value of None.
bool bound(Interpreter& interpreter, Value value, std::int64_t fallback, std::int64_t& out) {
  if (value == interpreter.none()) {
    out = fallback;
    return true;
  }
  Ref index = subscript_index(interpreter, value);
  if (!index) {
    if (!interpreter.has_exception())
      interpreter.set_exception(interpreter.TypeError_type,
                                "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (!int_to_int64(interpreter, index.get(), out)) out = int_sign(interpreter, index.get()) < 0 ? word_min : word_max;
  return true;
}

// Clamps an unpacked bound into the sequence (PySlice_AdjustIndices).
std::int64_t adjust(std::int64_t position, std::int64_t length, std::int64_t step) {
  if (position < 0) {
    position += length;
    if (position < 0) position = step < 0 ? -1 : 0;
  } else if (position >= length) {
    position = step < 0 ? length - 1 : length;
  }
  return position;
}

Ref slice_repr(Interpreter& interpreter, Value self) {
  std::string text = "slice(";
  const SliceObject* slice = as_slice(self);
  for (const Ref* part : {&slice->start, &slice->stop, &slice->step}) {
    Ref part_repr = repr(interpreter, part->get());
    if (!part_repr) return Ref();
    if (part != &slice->start) text += ", ";
    text += str_utf8(part_repr.get());
  }
  return new_str(interpreter, text + ")");
}

void slice_deallocate(Interpreter& interpreter, Object* object) {
  auto* slice = static_cast<SliceObject*>(object);
  slice->start = Ref();
  slice->stop = Ref();
  slice->step = Ref();
  if (!interpreter.free_slices.give(slice)) delete slice;
}

Ref slice_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames);

}  // namespace

Ref new_slice(Interpreter& interpreter, Value start, Value stop, Value step) {
  SliceObject* slice = interpreter.free_slices.take();
  if (!slice) slice = new SliceObject;
  slice->type = interpreter.slice_type;
  slice->start = Ref::borrow(start);
  slice->stop = Ref::borrow(stop);
  slice->step = Ref::borrow(step);
  return Ref::steal(Value::object(slice));
}

bool is_slice(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.slice_type;
}

bool slice_bounds(Interpreter& interpreter, Value slice_value, std::int64_t length, SliceBounds& out) {
  const SliceObject* slice = as_slice(slice_value);
  if (!bound(interpreter, slice->step.get(), 1, out.step)) return false;
  if (out.step == 0) {
    interpreter.set_exception(interpreter.ValueError_type, "slice step cannot be zero");
    return false;
  }
  // -step must not overflow when a negative step is walked.
  if (out.step < -word_max) out.step = -word_max;
  if (!bound(interpreter, slice->start.get(), out.step < 0 ? word_max : 0, out.start) ||
      !bound(interpreter, slice->stop.get(), out.step < 0 ? word_min : word_max, out.stop))
    return false;
  out.start = adjust(out.start, length, out.step);
  out.stop = adjust(out.stop, length, out.step);
  if (out.step < 0) {
    out.count = out.stop < out.start ? (out.start - out.stop - 1) / -out.step + 1 : 0;
  } else {
    out.count = out.start < out.stop ? (out.stop - out.start - 1) / out.step + 1 : 0;
  }
  return true;
}

namespace {

// slice(stop) and slice(start, stop[, step]).
Ref slice_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "slice", kwnames) || !check_argument_count(interpreter, "slice", count, 1, 3))
    return Ref();
  const Value none = interpreter.none();
  if (count == 1) return new_slice(interpreter, none, arguments[0], none);
  return new_slice(interpreter, arguments[0], arguments[1], count == 3 ? arguments[2] : none);
}

Ref slice_start(Interpreter&, Value self) { return Ref::borrow(as_slice(self)->start.get()); }
Ref slice_stop(Interpreter&, Value self) { return Ref::borrow(as_slice(self)->stop.get()); }
Ref slice_step(Interpreter&, Value self) { return Ref::borrow(as_slice(self)->step.get()); }

// Slices compare as the tuples (start, stop, step).
Ref slice_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (!is_slice(interpreter, left) || !is_slice(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  auto as_tuple = [&](Value value) {
    const SliceObject* slice = as_slice(value);
    const Value items[] = {slice->start.get(), slice->stop.get(), slice->step.get()};
    return new_tuple(interpreter, items);
  };
  Ref a = as_tuple(left), b = as_tuple(right);
  return compare(interpreter, a.get(), b.get(), op);
}

// A bound of slice.indices() as an int (None gives `fallback`), counted
// from the end when negative and clamped into [lower, upper], at any size
// (CPython's _PySlice_GetLongIndices).
Ref long_bound(Interpreter& interpreter, Value value, Value fallback, Value length, Value lower, Value upper) {
  if (value == interpreter.none()) return Ref::borrow(fallback);
  if (!is_int(interpreter, value) && lookup_special(interpreter, value, interpreter.names.dunder_index).is_null())
    return interpreter.raise(interpreter.TypeError_type,
                             "slice indices must be integers or None or have an __index__ method");
  Ref position = number_index(interpreter, value);
  if (!position) return Ref();
  if (int_sign(interpreter, position.get()) < 0) {
    position = binary_operation(interpreter, BinaryOperator::ADD, position.get(), length, false);
    if (!position) return Ref();
    const int below = less_than(interpreter, position.get(), lower);
    if (below < 0) return Ref();
    if (below) return Ref::borrow(lower);
    return position;
  }
  const int above = less_than(interpreter, upper, position.get());
  if (above < 0) return Ref();
  if (above) return Ref::borrow(upper);
  return position;
}

// slice.indices(length): (start, stop, step) clamped to a sequence of
// `length` items.
Ref slice_indices(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "slice.indices", count, kwnames)) return Ref();
  Ref length = number_index(interpreter, arguments[0]);
  if (!length) return Ref();
  if (int_sign(interpreter, length.get()) < 0)
    return interpreter.raise(interpreter.ValueError_type, "length should not be negative");
  const SliceObject* slice = as_slice(self);
  Ref step = Ref::small_int(1);
  if (slice->step.get() != interpreter.none()) {
    if (!is_int(interpreter, slice->step.get()) &&
        lookup_special(interpreter, slice->step.get(), interpreter.names.dunder_index).is_null())
      return interpreter.raise(interpreter.TypeError_type,
                               "slice indices must be integers or None or have an __index__ method");
    step = number_index(interpreter, slice->step.get());
    if (!step) return Ref();
    if (int_sign(interpreter, step.get()) == 0)
      return interpreter.raise(interpreter.ValueError_type, "slice step cannot be zero");
  }
  const bool backwards = int_sign(interpreter, step.get()) < 0;
  Ref lower = Ref::small_int(backwards ? -1 : 0);
  Ref upper = backwards ? binary_operation(interpreter, BinaryOperator::ADD, length.get(), lower.get(), false)
                        : Ref::borrow(length.get());
  if (!upper) return Ref();
  Ref start = long_bound(interpreter, slice->start.get(), backwards ? upper.get() : lower.get(), length.get(),
                         lower.get(), upper.get());
  if (!start) return Ref();
  Ref stop = long_bound(interpreter, slice->stop.get(), backwards ? lower.get() : upper.get(), length.get(),
                        lower.get(), upper.get());
  if (!stop) return Ref();
  const Value items[] = {start.get(), stop.get(), step.get()};
  return new_tuple(interpreter, items);
}

// __reduce__(): (slice, (start, stop, step)).
Ref slice_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  return reduce_with_attributes(interpreter, self, count, kwnames, {"start", "stop", "step"});
}

}  // namespace

void init_slice_type(Interpreter& interpreter) {
  Type* type = interpreter.slice_type;
  type->repr = &slice_repr;
  type->construct = &slice_construct;
  type->hash = &hash_not_implemented;  // slices are unhashable until 3.12
  type->deallocate = &slice_deallocate;
  type->compare = &slice_compare;
  add_getsets(interpreter, type, {{"start", &slice_start, &readonly_member},
                                  {"stop", &slice_stop, &readonly_member},
                                  {"step", &slice_step, &readonly_member}});
  add_methods(interpreter, type, {{"indices", &slice_indices}, {"__reduce__", &slice_reduce}});
}

}  // namespace krait::runtime
