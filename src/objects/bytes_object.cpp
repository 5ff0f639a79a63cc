// Objects: bytes (see bytes_object.h): storage, the constructor
// (CPython's bytes_new), repr, hash and the bytes-only methods; the rest is
// shared with bytearray (bytes_methods.cpp).
#include "objects/bytes_object.h"

#include <cstring>
#include <new>
#include <string>

#include "objects/bytes_methods.h"
#include "objects/codecs.h"
#include "objects/format.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref bytes_repr(Interpreter& interpreter, Value self) {
  return new_str(interpreter, bytes_repr_text(as_bytes(self)->view()));
}

// The hash of a str's one-byte buffer with the same bytes (SipHash-1-3).
std::int64_t bytes_hash(Interpreter& interpreter, Value self) {
  BytesObject* bytes = as_bytes(self);
  if (bytes->hash == -1) bytes->hash = hash_bytes(interpreter.hash_secret, bytes->data(), bytes->view().size());
  return bytes->hash;
}

Ref bytes_iter(Interpreter& interpreter, Value self) {
  return bytes_like_iterator(interpreter, interpreter.bytes_iterator_type, self);
}

// bytes(object) through __bytes__, which must return bytes; null with
// `found` false when the type has none.
Ref call_dunder_bytes(Interpreter& interpreter, Value value, bool& found) {
  Ref result = call_special(interpreter, value, interpreter.intern("__bytes__"), nullptr, 0, found);
  if (!found || !result || is_bytes(interpreter, result.get())) return result;
  return interpreter.raise(interpreter.TypeError_type, "__bytes__ returned non-bytes (type " +
                                                           std::string(type_name(interpreter, result.get())) + ")");
}

Ref bytes_from_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames);

// bytes(...), and a subclass's instance with the same bytes (a new object:
// bytes objects may be shared).
Ref bytes_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Ref value = bytes_from_arguments(interpreter, arguments, count, kwnames);
  auto* type = static_cast<Type*>(callee.as_object());
  if (!value || type == interpreter.bytes_type) return value;
  Ref copy = new_bytes(interpreter, as_bytes(value.get())->view());
  set_object_type(copy.get().as_object(), type);
  return copy;
}

// The value of bytes(source=b'', encoding=..., errors=...): CPython's
// bytes_new_impl.
Ref bytes_from_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!bind_arguments(interpreter, {"bytes", {"source", "encoding", "errors"}, 0, 0, 0}, arguments, count, kwnames,
                      bound))
    return Ref();
  const Value source = bound[0];
  std::string_view encoding, errors;
  if (!codec_arguments(interpreter, "bytes", bound[1], bound[2], encoding, errors)) return Ref();
  const bool encoding_given = !bound[1].is_null(), errors_given = !bound[2].is_null();
  auto raise = [&](const char* message) { return interpreter.raise(interpreter.TypeError_type, message); };
  if (source.is_null()) {
    if (encoding_given || errors_given)
      return raise(encoding_given ? "encoding without a string argument" : "errors without a string argument");
    return new_bytes(interpreter, "");
  }
  if (encoding_given) {
    if (!is_str(interpreter, source)) return raise("encoding without a string argument");
    return encode_text(interpreter, source, encoding, errors);
  }
  if (errors_given)
    return raise(is_str(interpreter, source) ? "string argument without an encoding"
                                             : "errors without a string argument");
  bool found = true;
  Ref converted = call_dunder_bytes(interpreter, source, found);
  if (found) return converted;
  if (is_str(interpreter, source)) return raise("string argument without an encoding");
  if (is_int(interpreter, source) || !lookup_special(interpreter, source, interpreter.names.dunder_index).is_null()) {
    std::int64_t size = 0;
    if (!index_argument(interpreter, source, size)) return Ref();
    if (size < 0) return interpreter.raise(interpreter.ValueError_type, "negative count");
    if (!repeat_size(interpreter, 1, size, size)) return Ref();  // MemoryError beyond memory
    return new_bytes_uninitialised(interpreter, size);
  }
  std::string_view view;
  if (byte_view(interpreter, source, view)) return new_bytes(interpreter, view);
  std::string data;
  if (!bytes_from_buffer_or_iterable(interpreter, source, data)) return Ref();
  return new_bytes(interpreter, data);
}

Ref bytes_dunder_bytes(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytes.__bytes__", count, kwnames)) return Ref();
  if (self.as_object()->type == interpreter.bytes_type) return Ref::borrow(self);
  return new_bytes(interpreter, as_bytes(self)->view());
}

Ref bytes_getnewargs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytes.__getnewargs__", count, kwnames)) return Ref();
  Ref copy = new_bytes(interpreter, as_bytes(self)->view());
  const Value items[] = {copy.get()};
  return new_tuple(interpreter, items);
}

void bytes_deallocate(Interpreter&, Object* object) {
  auto* bytes = static_cast<BytesObject*>(object);
  bytes->~BytesObject();
  ::operator delete(bytes);
}

}  // namespace

bool bytes_from_buffer_or_iterable(Interpreter& interpreter, Value source, std::string& out) {
  std::string_view view;
  if (byte_view(interpreter, source, view)) {
    out = view;
    return true;
  }
  if (!type_of(interpreter, source)->iter && type_of(interpreter, source)->subscript == nullptr) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "cannot convert " + quoted_type_name(interpreter, source) + " object to bytes");
    return false;
  }
  return bytes_from_iterable(interpreter, source, "bytes must be in range(0, 256)", out);
}

bool bytes_from_object(Interpreter& interpreter, Value source, std::string& out) {
  bool found = true;
  Ref converted = call_dunder_bytes(interpreter, source, found);
  if (found) {
    if (!converted) return false;
    out = as_bytes(converted.get())->view();
    return true;
  }
  return bytes_from_buffer_or_iterable(interpreter, source, out);
}

bool is_bytes(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.bytes_type);
}

namespace {

// A bytes object of `size` bytes, their content left to the caller, and
// the NUL after them (CPython's bytes end in one too).
BytesObject* allocate_bytes(Interpreter& interpreter, std::size_t size) {
  void* memory = ::operator new(sizeof(BytesObject) + size + 1);
  auto* bytes = new (memory) BytesObject;
  bytes->type = interpreter.bytes_type;
  bytes->size = static_cast<std::int64_t>(size);
  bytes->data()[size] = '\0';
  return bytes;
}

}  // namespace

Ref new_bytes_uninitialised(Interpreter& interpreter, std::int64_t size) {
  BytesObject* bytes = allocate_bytes(interpreter, static_cast<std::size_t>(size));
  std::memset(bytes->data(), 0, static_cast<std::size_t>(size));
  return Ref::steal(Value::object(bytes));
}

Ref new_bytes(Interpreter& interpreter, std::string_view data) {
  BytesObject* bytes = allocate_bytes(interpreter, data.size());
  if (!data.empty()) std::memcpy(bytes->data(), data.data(), data.size());
  return Ref::steal(Value::object(bytes));
}

void init_bytes_type(Interpreter& interpreter) {
  Type* type = interpreter.bytes_type;
  type->deallocate = &bytes_deallocate;
  type->repr = &bytes_repr;
  type->hash = &bytes_hash;
  type->truth = &bytes_like_truth;
  type->length = &bytes_like_length;
  type->compare = &bytes_like_compare;
  type->contains = &bytes_like_contains;
  type->subscript = &bytes_like_subscript;
  type->concatenate = &bytes_like_concatenate;
  type->repeat = &bytes_like_repeat;
  type->remainder = &bytes_remainder;
  type->iter = &bytes_iter;
  type->construct = &bytes_construct;
  add_bytes_like_methods(interpreter, type);
  add_methods(interpreter, type, {{"__bytes__", &bytes_dunder_bytes}, {"__getnewargs__", &bytes_getnewargs}});
  add_methods(interpreter, interpreter.str_type, {{"encode", &str_method_encode}});
}

}  // namespace krait::runtime
