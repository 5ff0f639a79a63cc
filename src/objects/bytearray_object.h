// Objects: bytearray, a mutable sequence of bytes (a std::string), with the
// list-like mutations (item and slice assignment, append, extend, insert,
// pop, remove, +=, *=); its other methods are bytes' (bytes_methods.h).
#pragma once

#include <string>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct ByteArrayObject : Object {
  std::string bytes;
};

inline ByteArrayObject* as_bytearray(Value value) { return static_cast<ByteArrayObject*>(value.as_object()); }
bool is_bytearray(const Interpreter& interpreter, Value value);

Ref new_bytearray(Interpreter& interpreter, std::string_view data);

void init_bytearray_type(Interpreter& interpreter);

}  // namespace krait::runtime
