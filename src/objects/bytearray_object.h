// Objects: bytearray, a mutable sequence of bytes (a std::string), with the
// list-like mutations (item and slice assignment, append, extend, insert,
// pop, remove, +=, *=); its other methods are bytes' (bytes_methods.h).
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct ByteArrayObject : Object {
  std::string bytes;
  // Live memoryviews of the bytes: while there are any, the size is fixed.
  std::int64_t exports = 0;
};

inline ByteArrayObject* as_bytearray(Value value) { return static_cast<ByteArrayObject*>(value.as_object()); }
bool is_bytearray(const Interpreter& interpreter, Value value);

// False with BufferError "Existing exports of data: object cannot be
// re-sized" while memoryviews of the bytearray exist.
[[nodiscard]] bool check_resizable(Interpreter& interpreter, Value bytearray);

Ref new_bytearray(Interpreter& interpreter, std::string_view data);

void init_bytearray_type(Interpreter& interpreter);

}  // namespace krait::runtime
