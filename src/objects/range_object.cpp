// Objects: range(stop) / range(start, stop[, step]), its len, repr, truth
// and iteration. The iterator is also stepped inline by the VM's FOR_ITER.
#include "objects/range_object.h"

#include <string>

#include "objects/int_object.h"
#include "objects/str_object.h"
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
  if (!is_int(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              quoted_type_name(interpreter, value) + " object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_int64(interpreter, value, out)) {
    interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C long");
    return false;
  }
  return true;
}

Ref range_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count == 0 || count > 3)
    return interpreter.raise(interpreter.TypeError_type, std::string("range expected at ") +
                                                             (count == 0 ? "least 1 argument, got 0"
                                                                         : "most 3 arguments, got " + std::to_string(count)));
  std::int64_t bounds[3] = {0, 0, 1};
  for (std::size_t i = 0; i < count; ++i)
    if (!range_argument(interpreter, arguments[i], bounds[count == 1 ? 1 : i])) return Ref();
  if (bounds[2] == 0) return interpreter.raise(interpreter.ValueError_type, "range() arg 3 must not be zero");
  auto* range = new RangeObject;
  range->type = interpreter.range_type;
  range->start = bounds[0];
  range->stop = bounds[1];
  range->step = bounds[2];
  range->length = range_length(range->start, range->stop, range->step);
  return Ref::steal(Value::object(range));
}

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
  auto* iterator = new RangeIterator;
  iterator->type = interpreter.range_iterator_type;
  iterator->next = range->start;
  iterator->step = range->step;
  iterator->remaining = range->length;
  return Ref::steal(Value::object(iterator));
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
void range_iterator_deallocate(Interpreter&, Object* object) { delete static_cast<RangeIterator*>(object); }

}  // namespace

void init_range_types(Interpreter& interpreter) {
  Type* range = interpreter.range_type;
  range->construct = &range_construct;
  range->repr = &range_repr;
  range->length = &range_len;
  range->truth = &range_truth;
  range->iter = &range_iter;
  range->deallocate = &range_deallocate;
  Type* iterator = interpreter.range_iterator_type;
  iterator->iter = &range_iterator_iter;
  iterator->next = &range_iterator_next;
  iterator->deallocate = &range_iterator_deallocate;
}

}  // namespace krait::runtime
