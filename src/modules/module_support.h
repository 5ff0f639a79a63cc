// Native modules: what several modules share, as CPython's argument clinic
// and C API give it to its C modules: the `ascii_buffer` and bitwise
// unsigned converters, zlib's checksums, and the type of a module's
// exception class (os_arguments.h's new_exception_class makes them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "modules/os_arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {

// An argument clinic `ascii_buffer`: the bytes of a bytes-like object, or
// of a str holding only ASCII (binascii's a2b_* functions). `out` views the
// object's data. TypeError "argument should be bytes, buffer or ASCII
// string, not 'int'" / ValueError "string argument should contain only
// ASCII characters" otherwise.
[[nodiscard]] bool ascii_buffer_argument(runtime::Interpreter& interpreter, runtime::Value value,
                                         std::string_view& out);

// An integer converted as CPython's PyLong_AsUnsignedLongMask does (the
// clinic's `unsigned_int(bitwise=True)`): any int, its low bits in two's
// complement; TypeError "'float' object cannot be interpreted as an
// integer" for a non-integer.
[[nodiscard]] bool bitwise_unsigned_argument(runtime::Interpreter& interpreter, runtime::Value value,
                                             std::uint64_t& out);

// A C int argument that may also be a bool, as the clinic's `int` and
// `bool` converters take it (flags given as True/False).
[[nodiscard]] bool flag_argument(runtime::Interpreter& interpreter, runtime::Value value, bool& out);

// A zlib checksum function (crc32, adler32), and f(data, value=initial, /)
// over it, named `name` in messages: binascii.crc32 and zlib's crc32 and
// adler32 (CPython's both modules call zlib's).
using Checksum = unsigned long (*)(unsigned long, const unsigned char*, unsigned int);
runtime::Ref checksum(runtime::Interpreter& interpreter, const char* name, Checksum update, std::uint64_t initial,
                      const runtime::Value* arguments, std::size_t count, runtime::Value kwnames);

// The bytes of data to hash (CPython's GET_BUFFER_VIEW_OR_ERROUT in
// hashlib's modules): TypeError "Strings must be encoded before hashing"
// for a str, "object supporting the buffer API required" otherwise.
[[nodiscard]] bool hash_data_argument(runtime::Interpreter& interpreter, runtime::Value value, std::string_view& out);

// The type of a class held as a Ref (the classes above).
inline runtime::Type* class_type(const runtime::Ref& value) {
  return static_cast<runtime::Type*>(value.get().as_object());
}

}  // namespace krait::modules
