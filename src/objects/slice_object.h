// Objects: slice, and the normalisation of a slice against a sequence's
// length that every sequence type shares (CPython's PySlice_Unpack and
// PySlice_AdjustIndices).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct SliceObject : Object {
  Ref start, stop, step;  // None when omitted
};

// The positions a slice selects: start, start + step, ... (count of them).
struct SliceBounds {
  std::int64_t start = 0, stop = 0, step = 1, count = 0;
};

Ref new_slice(Interpreter& interpreter, Value start, Value stop, Value step);
bool is_slice(const Interpreter& interpreter, Value value);
// Clamps the slice to a sequence of `length` items, with CPython's TypeError
// for non-int bounds and ValueError for a zero step.
[[nodiscard]] bool slice_bounds(Interpreter& interpreter, Value slice, std::int64_t length, SliceBounds& out);

void init_slice_type(Interpreter& interpreter);

}  // namespace krait::runtime
