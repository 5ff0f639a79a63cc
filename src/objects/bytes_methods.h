// Objects: what bytes and bytearray share (CPython's Objects/bytes_methods.c
// and the stringlib templates they both instantiate): reading any
// bytes-like object, repr, comparison, membership, subscripts, + and *, and
// every method that does not mutate (find, split, strip, replace, the
// ASCII case mappings and predicates, hex, fromhex, decode, ...). A method
// returns the type of its receiver: bytes for bytes, bytearray for
// bytearray.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// The contents of a bytes-like object (bytes or bytearray); false (no
// exception) for anything else. The view dies with the object, and a
// bytearray's when it changes: take it after running any Python code.
bool byte_view(const Interpreter& interpreter, Value value, std::string_view& out);
// As byte_view, else TypeError "a bytes-like object is required, not 'str'".
[[nodiscard]] bool require_byte_view(Interpreter& interpreter, Value value, std::string_view& out);

// A bytes or a bytearray (as `like` is) holding `data`.
Ref new_bytes_like(Interpreter& interpreter, Value like, std::string_view data);

// repr(bytes), or for bytearray what goes inside "bytearray(...)": b'...'
// with CPython's choice of quotes and escapes (bytearray's repr escapes a
// single quote even between double quotes).
std::string bytes_repr_text(std::string_view data, bool array = false);

// An int argument that must be a byte: its value, or ValueError "byte must
// be in range(0, 256)" / TypeError for non-integers; -1 on error.
int byte_argument(Interpreter& interpreter, Value value);

// The bytes of an iterable of ints in range(0, 256), appended to `out`
// (CPython's _PyBytes_FromIterator): false with an exception pending.
// `range_error` is the ValueError's text, which bytes and bytearray word
// differently.
[[nodiscard]] bool bytes_from_iterable(Interpreter& interpreter, Value iterable, const char* range_error,
                                       std::string& out);

// CPython's _Py_strhex_impl: two lowercase hex digits a byte, `separator`
// between groups of |per_group| bytes counted from the right (positive)
// or the left (negative); per_group 0: no separator.
std::string hex_text(std::string_view data, char separator, int per_group);
// The (sep, bytes_per_sep) arguments of bytes.hex and binascii.hexlify
// (either null when not given), with CPython's errors; `bytes_result`:
// the text is bytes (hexlify), which allows a Latin-1 separator.
[[nodiscard]] bool hex_separator_arguments(Interpreter& interpreter, Value sep, Value bytes_per_sep, bool bytes_result,
                                           char& separator, int& per_group);

// Shared slots.
Ref bytes_like_compare(Interpreter& interpreter, Value left, Value right, CompareOp op);
int bytes_like_contains(Interpreter& interpreter, Value self, Value item);
Ref bytes_like_subscript(Interpreter& interpreter, Value self, Value key);
Ref bytes_like_concatenate(Interpreter& interpreter, Value left, Value right);
Ref bytes_like_repeat(Interpreter& interpreter, Value self, std::int64_t count);
Ref bytes_like_length(Interpreter& interpreter, Value self);
int bytes_like_truth(Interpreter& interpreter, Value self);
// iter(): an iterator of `type` over the ints.
Ref bytes_like_iterator(Interpreter& interpreter, Type* type, Value self);

// Installs the shared methods on bytes or bytearray.
void add_bytes_like_methods(Interpreter& interpreter, Type* type);

}  // namespace krait::runtime
