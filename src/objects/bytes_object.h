// Objects: bytes, an immutable sequence of bytes held inline after the
// header (NUL-terminated, as CPython's, so C functions may read it), its
// hash cached. The methods it shares with bytearray are in bytes_methods.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct BytesObject : Object {
  std::int64_t size = 0;
  std::int64_t hash = -1;  // -1: not computed yet

  // The bytes follow the header.
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<std::size_t>(size)}; }
};

inline BytesObject* as_bytes(Value value) { return static_cast<BytesObject*>(value.as_object()); }
// A bytes or an instance of a subclass of bytes.
bool is_bytes(const Interpreter& interpreter, Value value);

Ref new_bytes(Interpreter& interpreter, std::string_view data);
// A bytes of `size` zero bytes, for the caller to fill.
Ref new_bytes_uninitialised(Interpreter& interpreter, std::int64_t size);

// The data of a bytes-like object or of an iterable of ints in range(0, 256)
// (CPython's PyBytes_FromObject): TypeError "cannot convert 'int' object to
// bytes" for anything else.
[[nodiscard]] bool bytes_from_buffer_or_iterable(Interpreter& interpreter, Value source, std::string& out);
// The same after trying __bytes__ (CPython's PyObject_Bytes).
[[nodiscard]] bool bytes_from_object(Interpreter& interpreter, Value source, std::string& out);

void init_bytes_type(Interpreter& interpreter);

}  // namespace krait::runtime
