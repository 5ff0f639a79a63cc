// Objects: bytearray (see bytearray_object.h): the constructor (CPython's
// bytearray___init__), repr and the mutations, with CPython 3.11's
// messages; the other methods are shared with bytes (bytes_methods.cpp).
#include "objects/bytearray_object.h"

#include <algorithm>
#include <string>

#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/format.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

std::string& bytes_of(Value self) { return as_bytearray(self)->bytes; }

Ref bytearray_repr(Interpreter& interpreter, Value self) {
  return new_str(interpreter,
                 std::string(type_name(interpreter, self)) + "(" + bytes_repr_text(bytes_of(self), true) + ")");
}

Ref bytearray_iter(Interpreter& interpreter, Value self) {
  return bytes_like_iterator(interpreter, interpreter.bytearray_iterator_type, self);
}

// The bytes of an object a bytearray is made from or extended with: a
// bytes-like object or an iterable of ints in range(0, 256).
bool bytes_of_iterable(Interpreter& interpreter, Value source, std::string& out) {
  std::string_view view;
  if (byte_view(interpreter, source, view)) {
    out.assign(view);
    return true;
  }
  return bytes_from_iterable(interpreter, source, "byte must be in range(0, 256)", out);
}

Ref bytearray_from_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames);

// bytearray.__new__: an empty bytearray (of a subclass too); __init__ fills it.
Ref bytearray_construct(Interpreter&, Value callee, const Value*, std::size_t, Value) {
  auto* object = new ByteArrayObject;
  set_object_type(object, static_cast<Type*>(callee.as_object()));
  return Ref::steal(Value::object(object));
}

// bytearray.__init__(self, source=b'', encoding=..., errors=...).
Ref bytearray_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!bytes_of(self).empty() && !check_resizable(interpreter, self)) return Ref();
  Ref value = bytearray_from_arguments(interpreter, arguments, count, kwnames);
  if (!value) return Ref();
  as_bytearray(self)->bytes = std::move(as_bytearray(value.get())->bytes);
  return interpreter.new_none();
}

// The contents of bytearray(source=b'', encoding=..., errors=...): CPython's
// bytearray___init___impl.
Ref bytearray_from_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!bind_arguments(interpreter, {"bytearray", {"source", "encoding", "errors"}, 0, 0, 0}, arguments, count,
                      kwnames, bound))
    return Ref();
  const Value source = bound[0];
  std::string_view encoding, errors;
  if (!codec_arguments(interpreter, "bytearray", bound[1], bound[2], encoding, errors)) return Ref();
  const bool encoding_given = !bound[1].is_null(), errors_given = !bound[2].is_null();
  auto raise = [&](const char* message) { return interpreter.raise(interpreter.TypeError_type, message); };
  if (source.is_null()) {
    if (encoding_given || errors_given)
      return raise(encoding_given ? "encoding without a string argument" : "errors without a string argument");
    return new_bytearray(interpreter, "");
  }
  if (is_str(interpreter, source)) {
    if (!encoding_given) return raise("string argument without an encoding");
    Ref encoded = encode_text(interpreter, source, encoding, errors);
    if (!encoded) return Ref();
    return new_bytearray(interpreter, as_bytes(encoded.get())->view());
  }
  if (encoding_given || errors_given)
    return raise(encoding_given ? "encoding without a string argument" : "errors without a string argument");
  if (is_int(interpreter, source) || !lookup_special(interpreter, source, interpreter.names.dunder_index).is_null()) {
    std::int64_t size = 0;
    if (!index_argument(interpreter, source, size)) return Ref();
    if (size < 0) return interpreter.raise(interpreter.ValueError_type, "negative count");
    if (!repeat_size(interpreter, 1, size, size)) return Ref();  // MemoryError beyond memory
    return new_bytearray(interpreter, std::string(static_cast<std::size_t>(size), '\0'));
  }
  std::string_view view;
  if (!byte_view(interpreter, source, view) && !type_of(interpreter, source)->iter &&
      type_of(interpreter, source)->subscript == nullptr)
    return interpreter.raise(interpreter.TypeError_type,
                             "cannot convert " + quoted_type_name(interpreter, source) + " object to bytearray");
  std::string data;
  if (!bytes_of_iterable(interpreter, source, data)) return Ref();
  return new_bytearray(interpreter, data);
}

// The values of a slice assignment (CPython's bytearray_ass_subscript):
// bytes-like, or an iterable of ints; numbers and strs are refused.
bool slice_values(Interpreter& interpreter, Value value, std::string& out) {
  const bool number = is_int(interpreter, value) || type_of(interpreter, value) == interpreter.float_type ||
                      type_of(interpreter, value) == interpreter.complex_type ||
                      !lookup_special(interpreter, value, interpreter.names.dunder_index).is_null() ||
                      !lookup_special(interpreter, value, interpreter.names.dunder_float).is_null();
  if (number || is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_of_iterable(interpreter, value, out);
}

int assign_slice(Interpreter& interpreter, Value self, Value key, Value value) {
  std::string values;
  if (!value.is_null() && !slice_values(interpreter, value, values)) return -1;
  std::string& bytes = bytes_of(self);
  SliceBounds bounds;
  if (!slice_bounds(interpreter, key, static_cast<std::int64_t>(bytes.size()), bounds)) return -1;
  std::int64_t start = bounds.start, stop = bounds.stop;
  const std::int64_t step = bounds.step;
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  const bool resized = step == 1 ? static_cast<std::int64_t>(values.size()) != stop - start
                                 : values.empty() && bounds.count > 0;
  if (resized && !check_resizable(interpreter, self)) return -1;
  if (step == 1) {
    bytes.replace(static_cast<std::size_t>(start), static_cast<std::size_t>(stop - start), values);
    return 0;
  }
  if (values.empty()) {
    // An extended slice assigned nothing loses its bytes (CPython deletes).
    std::string kept;
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(bytes.size()); ++i) {
      const std::int64_t offset = i - bounds.start;
      const bool selected = offset % step == 0 && offset / step >= 0 && offset / step < bounds.count;
      if (!selected) kept += bytes[static_cast<std::size_t>(i)];
    }
    bytes = std::move(kept);
    return 0;
  }
  if (static_cast<std::int64_t>(values.size()) != bounds.count) {
    interpreter.set_exception(interpreter.ValueError_type, "attempt to assign bytes of size " +
                                                               std::to_string(values.size()) +
                                                               " to extended slice of size " +
                                                               std::to_string(bounds.count));
    return -1;
  }
  for (std::int64_t i = 0, at = bounds.start; i < bounds.count; ++i, at += step)
    bytes[static_cast<std::size_t>(at)] = values[static_cast<std::size_t>(i)];
  return 0;
}

int bytearray_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  if (is_slice(interpreter, key)) return assign_slice(interpreter, self, key, value);
  Ref index_value = subscript_index(interpreter, key);
  if (!index_value) {
    if (!interpreter.has_exception())
      interpreter.set_exception(interpreter.TypeError_type, "bytearray indices must be integers or slices, not " +
                                                                std::string(type_name(interpreter, key)));
    return -1;
  }
  int byte = 0;
  if (!value.is_null() && (byte = byte_argument(interpreter, value)) < 0) return -1;
  std::string& bytes = bytes_of(self);
  std::int64_t index = 0;
  if (!sequence_index(interpreter, index_value.get(), static_cast<std::int64_t>(bytes.size()), "bytearray", index))
    return -1;
  if (value.is_null() && !check_resizable(interpreter, self)) return -1;
  if (value.is_null())
    bytes.erase(static_cast<std::size_t>(index), 1);
  else
    bytes[static_cast<std::size_t>(index)] = static_cast<char>(byte);
  return 0;
}

Ref bytearray_inplace_concatenate(Interpreter& interpreter, Value self, Value other) {
  std::string_view view;
  if (!byte_view(interpreter, other, view))
    return interpreter.raise(interpreter.TypeError_type,
                             "can't concat " + std::string(type_name(interpreter, other)) + " to bytearray");
  if (!view.empty() && !check_resizable(interpreter, self)) return Ref();
  bytes_of(self) += std::string(view);  // a copy first: other may be self
  return Ref::borrow(self);
}

Ref bytearray_inplace_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  if (count != 1 && !bytes_of(self).empty() && !check_resizable(interpreter, self)) return Ref();
  Ref repeated = bytes_like_repeat(interpreter, self, count);
  if (!repeated) return Ref();
  std::swap(bytes_of(self), bytes_of(repeated.get()));
  return Ref::borrow(self);
}

// ---- Methods ----

Ref method_append(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "bytearray.append", count, kwnames)) return Ref();
  const int byte = byte_argument(interpreter, arguments[0]);
  if (byte < 0 || !check_resizable(interpreter, self)) return Ref();
  bytes_of(self) += static_cast<char>(byte);
  return interpreter.new_none();
}

Ref method_extend(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "bytearray.extend", count, kwnames)) return Ref();
  const Value source = arguments[0];
  std::string_view view;
  if (!byte_view(interpreter, source, view) && !type_of(interpreter, source)->iter &&
      type_of(interpreter, source)->subscript == nullptr)
    return interpreter.raise(interpreter.TypeError_type,
                             "can't extend bytearray with " + std::string(type_name(interpreter, source)));
  std::string data;
  if (!bytes_of_iterable(interpreter, source, data)) return Ref();
  if (!data.empty() && !check_resizable(interpreter, self)) return Ref();
  bytes_of(self) += data;
  return interpreter.new_none();
}

Ref method_insert(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "bytearray.insert", kwnames) ||
      !check_positional(interpreter, "insert", count, 2, 2))
    return Ref();
  std::int64_t index = 0;
  if (!index_argument(interpreter, arguments[0], index)) return Ref();
  const int byte = byte_argument(interpreter, arguments[1]);
  if (byte < 0 || !check_resizable(interpreter, self)) return Ref();
  std::string& bytes = bytes_of(self);
  const auto size = static_cast<std::int64_t>(bytes.size());
  if (index < 0) index = std::max<std::int64_t>(index + size, 0);
  index = std::min(index, size);
  bytes.insert(bytes.begin() + index, static_cast<char>(byte));
  return interpreter.new_none();
}

Ref method_pop(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "bytearray.pop", kwnames) || !check_positional(interpreter, "pop", count, 0, 1))
    return Ref();
  std::int64_t index = -1;
  if (count == 1 && !index_argument(interpreter, arguments[0], index)) return Ref();
  std::string& bytes = bytes_of(self);
  if (bytes.empty()) return interpreter.raise(interpreter.IndexError_type, "pop from empty bytearray");
  if (index < 0) index += static_cast<std::int64_t>(bytes.size());
  if (index < 0 || index >= static_cast<std::int64_t>(bytes.size()))
    return interpreter.raise(interpreter.IndexError_type, "pop index out of range");
  if (!check_resizable(interpreter, self)) return Ref();
  const auto byte = static_cast<unsigned char>(bytes[static_cast<std::size_t>(index)]);
  bytes.erase(static_cast<std::size_t>(index), 1);
  return Ref::small_int(byte);
}

Ref method_remove(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "bytearray.remove", count, kwnames)) return Ref();
  const int byte = byte_argument(interpreter, arguments[0]);
  if (byte < 0) return Ref();
  std::string& bytes = bytes_of(self);
  const std::size_t found = bytes.find(static_cast<char>(byte));
  if (found == std::string::npos) return interpreter.raise(interpreter.ValueError_type, "value not found in bytearray");
  if (!check_resizable(interpreter, self)) return Ref();
  bytes.erase(found, 1);
  return interpreter.new_none();
}

Ref method_clear(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytearray.clear", count, kwnames)) return Ref();
  if (!bytes_of(self).empty() && !check_resizable(interpreter, self)) return Ref();
  bytes_of(self).clear();
  return interpreter.new_none();
}

Ref method_reverse(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytearray.reverse", count, kwnames)) return Ref();
  std::reverse(bytes_of(self).begin(), bytes_of(self).end());
  return interpreter.new_none();
}

Ref method_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytearray.copy", count, kwnames)) return Ref();
  return new_bytearray(interpreter, bytes_of(self));
}

// __reduce__() and __reduce_ex__(protocol) (CPython's _common_reduce):
// (type, (), state) when empty; else the bytes as a str decoded from
// latin-1 with "latin-1" before protocol 3 (Python 2 compatible), the
// bytes themselves from 3 on.
Ref reduce_bytearray(Interpreter& interpreter, Value self, std::int64_t protocol) {
  Ref state = object_state(interpreter, self);
  if (!state) return Ref();
  const Value type = Value::object(self.as_object()->type);
  if (bytes_of(self).empty()) return reduce_value(interpreter, type, {}, state.get());
  if (protocol >= 3) {
    Ref data = new_bytes(interpreter, bytes_of(self));
    const Value argument = data.get();
    return reduce_value(interpreter, type, {&argument, 1}, state.get());
  }
  Ref text = decode_bytes(interpreter, bytes_of(self), "latin-1", "strict");
  Ref encoding = new_str(interpreter, "latin-1");
  if (!text || !encoding) return Ref();
  const Value arguments[] = {text.get(), encoding.get()};
  return reduce_value(interpreter, type, arguments, state.get());
}

Ref method_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytearray.__reduce__", count, kwnames)) return Ref();
  return reduce_bytearray(interpreter, self, 2);
}

Ref method_reduce_ex(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t protocol = 0;
  if (!reject_keywords(interpreter, "bytearray.__reduce_ex__", kwnames) ||
      !check_argument_count(interpreter, "__reduce_ex__", count, 0, 1) ||
      (count && !index_argument(interpreter, arguments[0], protocol)))
    return Ref();
  return reduce_bytearray(interpreter, self, protocol);
}

// __alloc__(): the bytes allocated, counting the trailing NUL.
Ref method_alloc(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "bytearray.__alloc__", count, kwnames)) return Ref();
  return new_int(interpreter, static_cast<std::int64_t>(bytes_of(self).capacity()) + 1);
}

void bytearray_deallocate(Interpreter&, Object* object) { delete static_cast<ByteArrayObject*>(object); }

}  // namespace

bool check_resizable(Interpreter& interpreter, Value bytearray) {
  if (as_bytearray(bytearray)->exports == 0) return true;
  interpreter.set_exception(interpreter.BufferError_type, "Existing exports of data: object cannot be re-sized");
  return false;
}

bool is_bytearray(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.bytearray_type);
}

Ref new_bytearray(Interpreter& interpreter, std::string_view data) {
  auto* object = new ByteArrayObject;
  object->type = interpreter.bytearray_type;
  object->bytes.assign(data);
  return Ref::steal(Value::object(object));
}

void init_bytearray_type(Interpreter& interpreter) {
  Type* type = interpreter.bytearray_type;
  type->deallocate = &bytearray_deallocate;
  type->repr = &bytearray_repr;
  type->hash = &hash_not_implemented;
  type->truth = &bytes_like_truth;
  type->length = &bytes_like_length;
  type->compare = &bytes_like_compare;
  type->contains = &bytes_like_contains;
  type->subscript = &bytes_like_subscript;
  type->assign_subscript = &bytearray_assign_subscript;
  type->concatenate = &bytes_like_concatenate;
  type->repeat = &bytes_like_repeat;
  type->inplace_concatenate = &bytearray_inplace_concatenate;
  type->inplace_repeat = &bytearray_inplace_repeat;
  type->remainder = &bytes_remainder;
  type->iter = &bytearray_iter;
  type->construct = &bytearray_construct;
  type->initialize = &bytearray_initialize;
  add_bytes_like_methods(interpreter, type);
  add_methods(interpreter, type,
              {{"append", &method_append},
               {"extend", &method_extend},
               {"insert", &method_insert},
               {"pop", &method_pop},
               {"remove", &method_remove},
               {"clear", &method_clear},
               {"reverse", &method_reverse},
               {"copy", &method_copy},
               {"__alloc__", &method_alloc},
               {"__reduce__", &method_reduce},
               {"__reduce_ex__", &method_reduce_ex}});
}

}  // namespace krait::runtime
