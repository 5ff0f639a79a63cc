// Objects: memoryview, a view of the bytes of a bytes or bytearray object
// (CPython's Objects/memoryobject.c for one-dimensional buffers): items of
// a native struct format ('B' unless cast), sliced with any step,
// read-only over bytes. While a view of a bytearray is held (until it is
// released) the bytearray cannot change size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct MemoryViewObject : Object {
  Ref object;               // the exporter (bytes or bytearray); null once released
  std::int64_t start = 0;   // offset of item 0 in the exporter's bytes
  std::int64_t step = 1;    // bytes from one item to the next (negative: reversed)
  std::int64_t length = 0;  // items
  char format = 'B';        // a struct format character
  int itemsize = 1;
  bool readonly = true;
  bool over_bytearray = false;  // the exporter is a bytearray (else bytes)
};

inline MemoryViewObject* as_memoryview(Value value) { return static_cast<MemoryViewObject*>(value.as_object()); }
bool is_memoryview(const Interpreter& interpreter, Value value);

// The bytes a view shows, when they are contiguous in its exporter (false
// for a released view or one sliced with a step).
bool memoryview_contiguous_bytes(const MemoryViewObject* view, std::string_view& out);

void init_memoryview_type(Interpreter& interpreter);

}  // namespace krait::runtime
