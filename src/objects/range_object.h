// Objects: range and its iterator: machine-integer bounds, and arbitrary
// ints through the slower `big` form (CPython's longrangeiter becomes the
// sequence iterator there).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct RangeObject : Object {
  std::int64_t start = 0, stop = 0, step = 1, length = 0;
  // A range whose bounds or length do not fit machine words (range(2**64)):
  // (start, stop, step, length) as ints; the fields above are then unused.
  Ref big;
};

struct RangeIterator : Object {
  std::int64_t next = 0, step = 1, remaining = 0;
  std::int64_t first = 0, length = 0;  // where it began, for __setstate__
};

// An iterator over `length` items from `first` by `step` (wrapping).
Ref new_range_iterator(Interpreter& interpreter, std::int64_t first, std::int64_t step, std::int64_t length);

void init_range_types(Interpreter& interpreter);

}  // namespace krait::runtime
