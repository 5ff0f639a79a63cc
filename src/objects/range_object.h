// Objects: range and its iterator (machine-integer bounds for now).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct RangeObject : Object {
  std::int64_t start = 0, stop = 0, step = 1, length = 0;
};

struct RangeIterator : Object {
  std::int64_t next = 0, step = 1, remaining = 0;
};

void init_range_types(Interpreter& interpreter);

}  // namespace krait::runtime
