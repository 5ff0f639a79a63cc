// Native modules: array (CPython's Modules/arraymodule.c), compact
// sequences of one C numeric type chosen by a typecode: items are stored
// as the machine stores them and converted on access, with CPython's
// range checks and messages. Not yet: the buffer protocol (memoryview of an
// array) and pickling (__reduce_ex__).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "modules/module_types.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr std::string_view typecodes = "bBuhHiIlLqQfd";

struct ArrayObject : runtime::Object {
  char typecode = 'b';
  int itemsize = 1;
  std::string data;  // the items, as the machine stores them
};

ArrayObject* as_array(Value value) { return static_cast<ArrayObject*>(value.as_object()); }

bool is_array(Interpreter& interpreter, Value value) {
  return runtime::is_subtype(runtime::type_of(interpreter, value), interpreter.array_type);
}

int item_size(char typecode) {
  switch (typecode) {
    case 'b':
    case 'B':
      return 1;
    case 'h':
    case 'H':
      return 2;
    case 'u':
    case 'i':
    case 'I':
    case 'f':
      return 4;
    default:
      return 8;
  }
}

std::int64_t array_length(Value self) {
  const ArrayObject* array = as_array(self);
  return static_cast<std::int64_t>(array->data.size()) / array->itemsize;
}

template <class T>
T load(const ArrayObject* array, std::int64_t index) {
  T value;
  std::memcpy(&value, array->data.data() + index * array->itemsize, sizeof value);
  return value;
}

// The item at `index` as a Python object.
Ref array_item(Interpreter& interpreter, Value self, std::int64_t index) {
  const ArrayObject* array = as_array(self);
  switch (array->typecode) {
    case 'b':
      return Ref::small_int(load<std::int8_t>(array, index));
    case 'B':
      return Ref::small_int(load<std::uint8_t>(array, index));
    case 'u':
      return runtime::new_str_from_code_point(interpreter, load<char32_t>(array, index));
    case 'h':
      return Ref::small_int(load<std::int16_t>(array, index));
    case 'H':
      return Ref::small_int(load<std::uint16_t>(array, index));
    case 'i':
      return Ref::small_int(load<std::int32_t>(array, index));
    case 'I':
      return Ref::small_int(load<std::uint32_t>(array, index));
    case 'l':
    case 'q':
      return runtime::new_int(interpreter, load<std::int64_t>(array, index));
    case 'L':
    case 'Q': {
      const std::uint64_t value = load<std::uint64_t>(array, index);
      if (value <= static_cast<std::uint64_t>(INT64_MAX))
        return runtime::new_int(interpreter, static_cast<std::int64_t>(value));
      mpz_t big;
      mpz_init(big);
      mpz_import(big, 1, -1, sizeof value, 0, 0, &value);
      Ref result = runtime::new_int(interpreter, big);
      mpz_clear(big);
      return result;
    }
    case 'f':
      return runtime::new_float(interpreter, load<float>(array, index));
    default:
      return runtime::new_float(interpreter, load<double>(array, index));
  }
}

bool overflow(Interpreter& interpreter, const char* message) {
  interpreter.set_exception(interpreter.OverflowError_type, message);
  return false;
}

// An integer item for a signed typecode of `bits` (b, h, i, l, q), with
// the messages of CPython's setters.
bool signed_item(Interpreter& interpreter, char typecode, Value value, std::int64_t& out) {
  Ref index = runtime::number_index(interpreter, value);
  if (!index) return false;
  if (!runtime::int_to_int64(interpreter, index.get(), out))
    return overflow(interpreter,
                    typecode == 'q' ? "int too big to convert" : "Python int too large to convert to C long");
  struct Range {
    char typecode;
    std::int64_t minimum, maximum;
    const char* name;
  };
  static constexpr Range ranges[] = {{'b', INT8_MIN, INT8_MAX, "signed char"},
                                     {'h', INT16_MIN, INT16_MAX, "signed short integer"},
                                     {'i', INT32_MIN, INT32_MAX, "signed integer"}};
  for (const Range& range : ranges) {
    if (range.typecode != typecode) continue;
    if (out < range.minimum) return overflow(interpreter, (std::string(range.name) + " is less than minimum").c_str());
    if (out > range.maximum)
      return overflow(interpreter, (std::string(range.name) + " is greater than maximum").c_str());
  }
  return true;
}

bool unsigned_item(Interpreter& interpreter, char typecode, Value value, std::uint64_t& out) {
  Ref index = runtime::number_index(interpreter, value);
  if (!index) return false;
  const bool negative = runtime::int_sign(interpreter, index.get()) < 0;
  std::int64_t small = 0;
  const bool fits = runtime::int_to_int64(interpreter, index.get(), small);
  // B and H go through a C long first, as CPython's setters do.
  if (typecode == 'B' || typecode == 'H') {
    if (!fits) return overflow(interpreter, "Python int too large to convert to C long");
    const char* name = typecode == 'B' ? "unsigned byte integer" : "unsigned short";
    const std::int64_t maximum = typecode == 'B' ? UINT8_MAX : UINT16_MAX;
    if (small < 0) return overflow(interpreter, (std::string(name) + " is less than minimum").c_str());
    if (small > maximum) return overflow(interpreter, (std::string(name) + " is greater than maximum").c_str());
    out = static_cast<std::uint64_t>(small);
    return true;
  }
  if (negative)
    return overflow(interpreter, typecode == 'Q' ? "can't convert negative int to unsigned"
                                                 : "can't convert negative value to unsigned int");
  if (fits) {
    out = static_cast<std::uint64_t>(small);
  } else {
    // Beyond int64: up to 2**64 - 1 still fits.
    const auto* big = static_cast<runtime::IntObject*>(index.get().as_object());
    if (mpz_sizeinbase(big->value, 2) > 64)
      return overflow(interpreter, typecode == 'Q' ? "int too big to convert"
                                                   : "Python int too large to convert to C unsigned long");
    out = 0;
    mpz_export(&out, nullptr, -1, sizeof out, 0, 0, big->value);
  }
  if (typecode == 'I' && out > UINT32_MAX) return overflow(interpreter, "unsigned int is greater than maximum");
  return true;
}

// Converts `value` to the array's item type into `out` (itemsize bytes).
bool store_item(Interpreter& interpreter, char typecode, Value value, char* out) {
  const auto store = [out](auto item) { std::memcpy(out, &item, sizeof item); };
  switch (typecode) {
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q': {
      std::int64_t item = 0;
      if (!signed_item(interpreter, typecode, value, item)) return false;
      if (typecode == 'b')
        store(static_cast<std::int8_t>(item));
      else if (typecode == 'h')
        store(static_cast<std::int16_t>(item));
      else if (typecode == 'i')
        store(static_cast<std::int32_t>(item));
      else
        store(item);
      return true;
    }
    case 'B':
    case 'H':
    case 'I':
    case 'L':
    case 'Q': {
      std::uint64_t item = 0;
      if (!unsigned_item(interpreter, typecode, value, item)) return false;
      if (typecode == 'B')
        store(static_cast<std::uint8_t>(item));
      else if (typecode == 'H')
        store(static_cast<std::uint16_t>(item));
      else if (typecode == 'I')
        store(static_cast<std::uint32_t>(item));
      else
        store(item);
      return true;
    }
    case 'u':
      if (!runtime::is_str(interpreter, value) || runtime::as_str(value)->length != 1) {
        interpreter.set_exception(interpreter.TypeError_type, "array item must be unicode character");
        return false;
      }
      store(static_cast<char32_t>(runtime::as_str(value)->at(0)));
      return true;
    default: {
      double item = 0.0;
      if (!runtime::float_argument(interpreter, value, item)) return false;
      if (typecode == 'f')
        store(static_cast<float>(item));
      else
        store(item);
      return true;
    }
  }
}

// Appends one converted item.
bool append_item(Interpreter& interpreter, ArrayObject* array, Value value) {
  char item[8];
  if (!store_item(interpreter, array->typecode, value, item)) return false;
  array->data.append(item, static_cast<std::size_t>(array->itemsize));
  return true;
}

Ref new_array(Interpreter& interpreter, runtime::Type* type, char typecode, std::string data = {}) {
  auto* array = new ArrayObject;
  runtime::set_object_type(array, type);
  array->typecode = typecode;
  array->itemsize = item_size(typecode);
  array->data = std::move(data);
  return Ref::steal(Value::object(array));
}

void array_deallocate(Interpreter&, runtime::Object* object) {
  runtime::Type* type = object->type;
  delete static_cast<ArrayObject*>(object);
  if (type->is_heap_type) runtime::decref(Value::object(type));
}

Ref array_slice(Interpreter& interpreter, Value self, const runtime::SliceBounds& bounds) {
  const ArrayObject* array = as_array(self);
  std::string data;
  data.reserve(static_cast<std::size_t>(bounds.count * array->itemsize));
  for (std::int64_t i = 0; i < bounds.count; ++i)
    data.append(array->data, static_cast<std::size_t>((bounds.start + i * bounds.step) * array->itemsize),
                static_cast<std::size_t>(array->itemsize));
  return new_array(interpreter, interpreter.array_type, array->typecode, std::move(data));
}

constexpr runtime::SequenceAccess array_access{"array", &array_length, &array_item, &array_slice};

// Appends the items of an iterable (extend(), and array(typecode, iterable)).
bool extend_from_iterable(Interpreter& interpreter, ArrayObject* array, Value iterable) {
  Ref iterator = runtime::get_iterator(interpreter, iterable);
  if (!iterator) return false;
  while (Ref item = runtime::iterator_next(interpreter, iterator.get()))
    if (!append_item(interpreter, array, item.get())) return false;
  return !interpreter.has_exception();
}

bool extend_from_array(Interpreter& interpreter, ArrayObject* array, Value other) {
  const ArrayObject* source = as_array(other);
  if (source->typecode != array->typecode) {
    interpreter.set_exception(interpreter.TypeError_type, "can only extend with array of same kind");
    return false;
  }
  array->data += std::string(source->data);
  return true;
}

bool frombytes(Interpreter& interpreter, ArrayObject* array, std::string_view bytes) {
  if (bytes.size() % static_cast<std::size_t>(array->itemsize) != 0) {
    interpreter.set_exception(interpreter.ValueError_type, "bytes length not a multiple of item size");
    return false;
  }
  array->data += bytes;
  return true;
}

bool fromunicode(Interpreter& interpreter, ArrayObject* array, Value text) {
  const runtime::StrObject* str = runtime::as_str(text);
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    array->data.append(reinterpret_cast<const char*>(&c), sizeof c);
  }
  (void)interpreter;
  return true;
}

// array(typecode[, initializer]).
Ref array_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<runtime::Type*>(callee.as_object());
  if (type == interpreter.array_type && !runtime::reject_keywords(interpreter, "array.array", kwnames)) return Ref();
  if (!runtime::check_tuple_arguments(interpreter, "array", count, 1, 2)) return Ref();
  if (!runtime::is_str(interpreter, arguments[0]) || runtime::as_str(arguments[0])->length != 1)
    return interpreter.raise(interpreter.TypeError_type, "array() argument 1 must be a unicode character, not " +
                                                             runtime::type_of(interpreter, arguments[0])->name);
  const char32_t code = runtime::as_str(arguments[0])->at(0);
  if (code > 0x7F || typecodes.find(static_cast<char>(code)) == std::string_view::npos)
    return interpreter.raise(interpreter.ValueError_type,
                             "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  const char typecode = static_cast<char>(code);
  Ref result = new_array(interpreter, type, typecode);
  ArrayObject* array = as_array(result.get());
  if (count < 2) return result;
  const Value initializer = arguments[1];
  std::string_view bytes;
  if (runtime::is_str(interpreter, initializer)) {
    if (typecode != 'u')
      return interpreter.raise(interpreter.TypeError_type,
                               std::string("cannot use a str to initialize an array with typecode '") + typecode + "'");
    if (!fromunicode(interpreter, array, initializer)) return Ref();
  } else if (is_array(interpreter, initializer)) {
    const ArrayObject* source = as_array(initializer);
    if (source->typecode == 'u' && typecode != 'u')
      return interpreter.raise(
          interpreter.TypeError_type,
          std::string("cannot use a unicode array to initialize an array with typecode '") + typecode + "'");
    for (std::int64_t i = 0; i < array_length(initializer); ++i) {
      Ref item = array_item(interpreter, initializer, i);
      if (!append_item(interpreter, array, item.get())) return Ref();
    }
  } else if (runtime::byte_view(interpreter, initializer, bytes)) {
    if (!frombytes(interpreter, array, bytes)) return Ref();
  } else if (!extend_from_iterable(interpreter, array, initializer)) {
    return Ref();
  }
  return result;
}

// ---- slots --------------------------------------------------------------------------------

Ref array_length_slot(Interpreter&, Value self) { return Ref::small_int(array_length(self)); }

Ref array_subscript(Interpreter& interpreter, Value self, Value key) {
  if (!runtime::is_int(interpreter, key) && !runtime::is_slice(interpreter, key)) {
    Ref index = runtime::subscript_index(interpreter, key);
    if (!index) {
      if (interpreter.has_exception()) return Ref();
      return interpreter.raise(interpreter.TypeError_type, "array indices must be integers");
    }
  }
  return runtime::sequence_subscript(interpreter, self, key, array_access);
}

// The byte offsets of the positions a slice selects, in increasing order.
std::vector<std::size_t> slice_offsets(const ArrayObject* array, const runtime::SliceBounds& bounds) {
  std::vector<std::size_t> offsets;
  for (std::int64_t i = 0; i < bounds.count; ++i)
    offsets.push_back(static_cast<std::size_t>((bounds.start + i * bounds.step) * array->itemsize));
  if (bounds.step < 0) std::reverse(offsets.begin(), offsets.end());
  return offsets;
}

int assign_slice(Interpreter& interpreter, ArrayObject* array, Value key, Value value) {
  runtime::SliceBounds bounds;
  if (!runtime::slice_bounds(interpreter, key, array_length(Value::object(array)), bounds)) return -1;
  const std::size_t size = static_cast<std::size_t>(array->itemsize);
  if (value.is_null()) {
    // del a[slice]: remove from the back so offsets stay valid.
    const std::vector<std::size_t> offsets = slice_offsets(array, bounds);
    for (auto it = offsets.rbegin(); it != offsets.rend(); ++it) array->data.erase(*it, size);
    return 0;
  }
  if (!is_array(interpreter, value)) {
    interpreter.set_exception(
        interpreter.TypeError_type,
        "can only assign array (not \"" + runtime::type_of(interpreter, value)->name + "\") to array slice");
    return -1;
  }
  const ArrayObject* source = as_array(value);
  if (source->typecode != array->typecode) {
    interpreter.set_exception(interpreter.TypeError_type, "bad argument type for built-in operation");
    return -1;
  }
  const std::string replacement = source->data;  // a copy: `value` may be the array itself
  const std::int64_t new_count = static_cast<std::int64_t>(replacement.size() / size);
  if (bounds.step == 1) {
    array->data.replace(static_cast<std::size_t>(bounds.start) * size, static_cast<std::size_t>(bounds.count) * size,
                        replacement);
    return 0;
  }
  if (new_count != bounds.count) {
    interpreter.set_exception(interpreter.ValueError_type,
                              "attempt to assign array of size " + std::to_string(new_count) +
                                  " to extended slice of size " + std::to_string(bounds.count));
    return -1;
  }
  for (std::int64_t i = 0; i < bounds.count; ++i)
    array->data.replace(static_cast<std::size_t>(bounds.start + i * bounds.step) * size, size, replacement,
                        static_cast<std::size_t>(i) * size, size);
  return 0;
}

int array_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  ArrayObject* array = as_array(self);
  if (runtime::is_slice(interpreter, key)) return assign_slice(interpreter, array, key, value);
  Ref index_value = runtime::is_int(interpreter, key) ? Ref::borrow(key) : runtime::subscript_index(interpreter, key);
  if (!index_value) {
    if (!interpreter.has_exception())
      interpreter.set_exception(interpreter.TypeError_type, "array indices must be integers");
    return -1;
  }
  std::int64_t index = 0;
  if (!runtime::sequence_index(interpreter, index_value.get(), array_length(self),
                               value.is_null() ? "array assignment" : "array assignment", index))
    return -1;
  const std::size_t offset = static_cast<std::size_t>(index * array->itemsize);
  if (value.is_null()) {
    array->data.erase(offset, static_cast<std::size_t>(array->itemsize));
    return 0;
  }
  char item[8];
  if (!store_item(interpreter, array->typecode, value, item)) return -1;
  array->data.replace(offset, static_cast<std::size_t>(array->itemsize), item,
                      static_cast<std::size_t>(array->itemsize));
  return 0;
}

Ref array_compare(Interpreter& interpreter, Value left, Value right, runtime::CompareOp op) {
  if (!is_array(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  return runtime::sequence_compare(interpreter, left, right, op, array_access);
}

int array_contains(Interpreter& interpreter, Value self, Value item) {
  return runtime::sequence_contains(interpreter, self, item, array_access);
}

Ref array_concatenate(Interpreter& interpreter, Value left, Value right) {
  if (!is_array(interpreter, right))
    return interpreter.raise(
        interpreter.TypeError_type,
        "can only append array (not \"" + runtime::type_of(interpreter, right)->name + "\") to array");
  if (as_array(right)->typecode != as_array(left)->typecode)
    return interpreter.raise(interpreter.TypeError_type, "bad argument type for built-in operation");
  return new_array(interpreter, interpreter.array_type, as_array(left)->typecode,
                   as_array(left)->data + as_array(right)->data);
}

Ref array_inplace_concatenate(Interpreter& interpreter, Value left, Value right) {
  if (!is_array(interpreter, right))
    return interpreter.raise(interpreter.TypeError_type, "can only extend array with array (not \"" +
                                                             runtime::type_of(interpreter, right)->name + "\")");
  if (!extend_from_array(interpreter, as_array(left), right)) return Ref();
  return Ref::borrow(left);
}

std::string repeated(const std::string& data, std::int64_t count) {
  std::string out;
  if (count <= 0) return out;
  out.reserve(data.size() * static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; ++i) out += data;
  return out;
}

Ref array_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  return new_array(interpreter, interpreter.array_type, as_array(self)->typecode,
                   repeated(as_array(self)->data, count));
}

Ref array_inplace_repeat(Interpreter&, Value self, std::int64_t count) {
  as_array(self)->data = repeated(as_array(self)->data, count);
  return Ref::borrow(self);
}

// array('i', [1, 2]), array('u', 'text'), array('d').
Ref array_repr(Interpreter& interpreter, Value self) {
  const ArrayObject* array = as_array(self);
  const std::string head =
      std::string(short_type_name(runtime::type_of(interpreter, self))) + "('" + array->typecode + "'";
  if (array->data.empty()) return runtime::new_str(interpreter, head + ")");
  Ref contents;
  if (array->typecode == 'u') {
    Ref text = runtime::new_str(interpreter, "");
    runtime::StrBuilder builder(interpreter);
    for (std::int64_t i = 0; i < array_length(self); ++i) builder.append(load<char32_t>(array, i));
    Ref str = builder.finish();
    if (!str) return Ref();
    contents = runtime::repr(interpreter, str.get());
  } else {
    Ref list = runtime::new_list(interpreter, {});
    for (std::int64_t i = 0; i < array_length(self); ++i) {
      Ref item = array_item(interpreter, self, i);
      runtime::list_append(list.get(), item.get());
    }
    contents = runtime::repr(interpreter, list.get());
  }
  if (!contents) return Ref();
  return runtime::new_str(interpreter, head + ", " + std::string(runtime::str_utf8(contents.get())) + ")");
}

// The array's own iterator: a position over the array.
struct ArrayIteratorObject : runtime::Object {
  Ref array;  // null once exhausted
  std::int64_t position = 0;
  template <class F>
  void for_fields(F f) {
    f(array);
  }
};

Ref array_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = as<ArrayIteratorObject>(self);
  if (!iterator->array || iterator->position >= array_length(iterator->array.get())) {
    iterator->array = Ref();
    return Ref();
  }
  return array_item(interpreter, iterator->array.get(), iterator->position++);
}

Ref array_iter(Interpreter& interpreter, Value self) {
  auto* iterator = new_instance<ArrayIteratorObject>(interpreter, Value::object(interpreter.array_iterator_type));
  iterator->array = Ref::borrow(self);
  return owned(iterator);
}

// ---- methods ------------------------------------------------------------------------------

#define KRAIT_ARRAY_METHOD(name) \
  Ref name(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

KRAIT_ARRAY_METHOD(array_append) {
  if (!runtime::check_one_argument(interpreter, "append", count, kwnames)) return Ref();
  if (!append_item(interpreter, as_array(self), arguments[0])) return Ref();
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_extend) {
  if (!runtime::check_one_argument(interpreter, "extend", count, kwnames)) return Ref();
  const bool done = is_array(interpreter, arguments[0])
                        ? extend_from_array(interpreter, as_array(self), arguments[0])
                        : extend_from_iterable(interpreter, as_array(self), arguments[0]);
  if (!done) return Ref();
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_fromlist) {
  if (!runtime::check_one_argument(interpreter, "fromlist", count, kwnames)) return Ref();
  if (!runtime::is_list(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "arg must be list");
  // All or nothing: a bad item leaves the array as it was.
  ArrayObject* array = as_array(self);
  const std::size_t size = array->data.size();
  if (!extend_from_iterable(interpreter, array, arguments[0])) {
    array->data.resize(size);
    return Ref();
  }
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_tolist) {
  if (!runtime::check_no_arguments(interpreter, "tolist", count, kwnames)) return Ref();
  Ref list = runtime::new_list(interpreter, {});
  for (std::int64_t i = 0; i < array_length(self); ++i) {
    Ref item = array_item(interpreter, self, i);
    runtime::list_append(list.get(), item.get());
  }
  return list;
}

KRAIT_ARRAY_METHOD(array_frombytes) {
  if (!runtime::check_one_argument(interpreter, "frombytes", count, kwnames)) return Ref();
  std::string_view bytes;
  if (!runtime::require_byte_view(interpreter, arguments[0], bytes)) return Ref();
  const std::string copy(bytes);
  if (!frombytes(interpreter, as_array(self), copy)) return Ref();
  return interpreter.new_none();
}

// fromfile(f, n): n items read from f (read(n * itemsize)); EOFError
// after appending what came when fewer arrive.
KRAIT_ARRAY_METHOD(array_fromfile) {
  if (!runtime::reject_keywords(interpreter, "fromfile", kwnames) ||
      !runtime::check_argument_count(interpreter, "fromfile", count, 2, 2))
    return Ref();
  std::int64_t items = 0;
  if (!runtime::index_argument(interpreter, arguments[1], items)) return Ref();
  if (items < 0) return interpreter.raise(interpreter.ValueError_type, "negative count");
  ArrayObject* array = as_array(self);
  if (items > INT64_MAX / array->itemsize) return interpreter.raise(interpreter.MemoryError_type, "");
  Ref size = runtime::new_int(interpreter, items * array->itemsize);
  const Value size_value = size.get();
  Ref data = runtime::call_method(interpreter, arguments[0], interpreter.intern("read"), &size_value, 1);
  if (!data) return Ref();
  if (!runtime::is_bytes(interpreter, data.get()))
    return interpreter.raise(interpreter.TypeError_type, "read() didn't return bytes");
  const std::string_view bytes = runtime::as_bytes(data.get())->view();
  if (!frombytes(interpreter, array, bytes)) return Ref();
  if (static_cast<std::int64_t>(bytes.size()) != items * array->itemsize)
    return interpreter.raise(interpreter.EOFError_type, "read() didn't return enough bytes");
  return interpreter.new_none();
}

// tofile(f): the items' bytes written to f, in blocks of 64 KiB.
KRAIT_ARRAY_METHOD(array_tofile) {
  if (!runtime::check_one_argument(interpreter, "tofile", count, kwnames)) return Ref();
  constexpr std::size_t block_size = 64 * 1024;
  for (std::size_t offset = 0; offset < as_array(self)->data.size(); offset += block_size) {
    // Reread each time: write() may change the array.
    const std::string& data = as_array(self)->data;
    if (offset >= data.size()) break;
    Ref block = runtime::new_bytes(interpreter, std::string_view(data).substr(offset, block_size));
    const Value block_value = block.get();
    if (!runtime::call_method(interpreter, arguments[0], interpreter.names.write, &block_value, 1)) return Ref();
  }
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_tobytes) {
  if (!runtime::check_no_arguments(interpreter, "tobytes", count, kwnames)) return Ref();
  return runtime::new_bytes(interpreter, as_array(self)->data);
}

KRAIT_ARRAY_METHOD(array_fromunicode) {
  if (!runtime::check_one_argument(interpreter, "fromunicode", count, kwnames)) return Ref();
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "fromunicode() argument must be str, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  if (as_array(self)->typecode != 'u')
    return interpreter.raise(interpreter.ValueError_type, "fromunicode() may only be called on unicode type arrays");
  if (!fromunicode(interpreter, as_array(self), arguments[0])) return Ref();
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_tounicode) {
  if (!runtime::check_no_arguments(interpreter, "tounicode", count, kwnames)) return Ref();
  const ArrayObject* array = as_array(self);
  if (array->typecode != 'u')
    return interpreter.raise(interpreter.ValueError_type, "tounicode() may only be called on unicode type arrays");
  runtime::StrBuilder builder(interpreter);
  for (std::int64_t i = 0; i < array_length(self); ++i) builder.append(load<char32_t>(array, i));
  return builder.finish();
}

KRAIT_ARRAY_METHOD(array_byteswap) {
  if (!runtime::check_no_arguments(interpreter, "byteswap", count, kwnames)) return Ref();
  ArrayObject* array = as_array(self);
  for (std::size_t offset = 0; offset < array->data.size(); offset += static_cast<std::size_t>(array->itemsize))
    std::reverse(array->data.begin() + static_cast<std::ptrdiff_t>(offset),
                 array->data.begin() + static_cast<std::ptrdiff_t>(offset) + array->itemsize);
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_buffer_info) {
  if (!runtime::check_no_arguments(interpreter, "buffer_info", count, kwnames)) return Ref();
  Ref address = runtime::new_int(
      interpreter, static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(as_array(self)->data.data())));
  Ref length = Ref::small_int(array_length(self));
  const Value items[] = {address.get(), length.get()};
  return runtime::new_tuple(interpreter, items);
}

KRAIT_ARRAY_METHOD(array_count) {
  if (!runtime::check_one_argument(interpreter, "count", count, kwnames)) return Ref();
  const std::int64_t found = runtime::sequence_count(interpreter, self, arguments[0], array_access);
  if (found < 0) return Ref();
  return Ref::small_int(found);
}

KRAIT_ARRAY_METHOD(array_index) {
  const std::int64_t found =
      runtime::sequence_index_method(interpreter, self, arguments, count, kwnames, "index", array_access);
  if (found == -2) return Ref();
  if (found == -1) return interpreter.raise(interpreter.ValueError_type, "array.index(x): x not in array");
  return Ref::small_int(found);
}

KRAIT_ARRAY_METHOD(array_remove) {
  if (!runtime::check_one_argument(interpreter, "remove", count, kwnames)) return Ref();
  for (std::int64_t i = 0; i < array_length(self); ++i) {
    Ref item = array_item(interpreter, self, i);
    const int same = runtime::equal(interpreter, item.get(), arguments[0]);
    if (same < 0) return Ref();
    if (same) {
      ArrayObject* array = as_array(self);
      array->data.erase(static_cast<std::size_t>(i * array->itemsize), static_cast<std::size_t>(array->itemsize));
      return interpreter.new_none();
    }
  }
  return interpreter.raise(interpreter.ValueError_type, "array.remove(x): x not in array");
}

KRAIT_ARRAY_METHOD(array_pop) {
  if (!runtime::reject_keywords(interpreter, "pop", kwnames) ||
      !runtime::check_argument_count(interpreter, "pop", count, 0, 1))
    return Ref();
  std::int64_t index = -1;
  if (count == 1 && !runtime::index_argument(interpreter, arguments[0], index)) return Ref();
  const std::int64_t length = array_length(self);
  if (length == 0) return interpreter.raise(interpreter.IndexError_type, "pop from empty array");
  if (index < 0) index += length;
  if (index < 0 || index >= length) return interpreter.raise(interpreter.IndexError_type, "pop index out of range");
  Ref item = array_item(interpreter, self, index);
  ArrayObject* array = as_array(self);
  array->data.erase(static_cast<std::size_t>(index * array->itemsize), static_cast<std::size_t>(array->itemsize));
  return item;
}

KRAIT_ARRAY_METHOD(array_insert) {
  if (!runtime::reject_keywords(interpreter, "insert", kwnames) ||
      !runtime::check_argument_count(interpreter, "insert", count, 2, 2))
    return Ref();
  std::int64_t index = 0;
  if (!runtime::index_argument(interpreter, arguments[0], index)) return Ref();
  ArrayObject* array = as_array(self);
  char item[8];
  if (!store_item(interpreter, array->typecode, arguments[1], item)) return Ref();
  const std::int64_t length = array_length(self);
  if (index < 0) index = std::max<std::int64_t>(index + length, 0);
  index = std::min(index, length);
  array->data.insert(static_cast<std::size_t>(index * array->itemsize), item,
                     static_cast<std::size_t>(array->itemsize));
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_reverse) {
  if (!runtime::check_no_arguments(interpreter, "reverse", count, kwnames)) return Ref();
  ArrayObject* array = as_array(self);
  const std::int64_t length = array_length(self);
  std::string reversed;
  reversed.reserve(array->data.size());
  for (std::int64_t i = length - 1; i >= 0; --i)
    reversed.append(array->data, static_cast<std::size_t>(i * array->itemsize),
                    static_cast<std::size_t>(array->itemsize));
  array->data = std::move(reversed);
  return interpreter.new_none();
}

KRAIT_ARRAY_METHOD(array_copy) {
  if (!runtime::check_argument_count(interpreter, "__copy__", count, 0, 1)) return Ref();
  (void)kwnames;
  return new_array(interpreter, runtime::type_of(interpreter, self), as_array(self)->typecode, as_array(self)->data);
}

KRAIT_ARRAY_METHOD(array_sizeof) {
  if (!runtime::check_no_arguments(interpreter, "__sizeof__", count, kwnames)) return Ref();
  return Ref::small_int(static_cast<std::int64_t>(sizeof(ArrayObject) + as_array(self)->data.capacity()));
}

// CPython's machine format codes (arraymodule.c's enum
// machine_format_code) of each typecode's items on a little-endian 64-bit
// machine: how pickles describe an array's bytes.
int machine_format(char typecode) {
  switch (typecode) {
    case 'B':
      return 0;
    case 'b':
      return 1;
    case 'H':
      return 2;
    case 'h':
      return 4;
    case 'I':
      return 6;
    case 'i':
      return 8;
    case 'L':
    case 'Q':
      return 10;
    case 'l':
    case 'q':
      return 12;
    case 'f':
      return 14;
    case 'd':
      return 16;
    default:
      return 20;  // 'u': UTF-32-LE
  }
}

// __reduce_ex__(protocol): (array._array_reconstructor, (type, typecode,
// format, bytes), __dict__) from protocol 3, else (type, (typecode, list),
// __dict__).
KRAIT_ARRAY_METHOD(array_reduce_ex) {
  if (!runtime::check_one_argument(interpreter, "__reduce_ex__", count, kwnames)) return Ref();
  std::int64_t protocol = 0;
  if (!runtime::index_argument(interpreter, arguments[0], protocol)) return Ref();
  Ref dict = runtime::get_attribute(interpreter, self, interpreter.intern("__dict__"));
  if (!dict) {
    (void)interpreter.take_exception();
    dict = interpreter.new_none();
  }
  const ArrayObject* array = as_array(self);
  const Value type = Value::object(runtime::type_of(interpreter, self));
  Ref typecode = runtime::new_str(interpreter, std::string(1, array->typecode));
  Ref arguments_tuple;
  Value callable = type;
  if (protocol < 3) {
    Ref list = array_tolist(interpreter, self, nullptr, 0, Value());
    const Value items[] = {typecode.get(), list.get()};
    arguments_tuple = runtime::new_tuple(interpreter, items);
  } else {
    Ref bytes = runtime::new_bytes(interpreter, array->data);
    const Value items[] = {type, typecode.get(), Value::small_int(machine_format(array->typecode)), bytes.get()};
    arguments_tuple = runtime::new_tuple(interpreter, items);
    callable = interpreter.array_reconstructor.get();
  }
  const Value result[] = {callable, arguments_tuple.get(), dict.get()};
  return runtime::new_tuple(interpreter, result);
}

// _array_reconstructor(arraytype, typecode, mformat_code, items): the
// array a pickle describes (in this machine's formats).
Ref array_reconstructor(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_array_reconstructor", kwnames) ||
      !runtime::check_argument_count(interpreter, "_array_reconstructor", count, 4, 4))
    return Ref();
  if (!runtime::is_subtype(runtime::type_of(interpreter, arguments[0]), interpreter.type_type) ||
      !runtime::is_subtype(static_cast<runtime::Type*>(arguments[0].as_object()), interpreter.array_type))
    return interpreter.raise(interpreter.TypeError_type, "first argument must be a type object, not " +
                                                             runtime::type_of(interpreter, arguments[0])->name);
  std::int64_t format = 0;
  if (!runtime::index_argument(interpreter, arguments[2], format)) return Ref();
  Ref result = array_construct(interpreter, arguments[0], arguments + 1, 1, Value());
  if (!result) return Ref();
  if (format != machine_format(as_array(result.get())->typecode))
    return interpreter.raise(interpreter.ValueError_type, "third argument must be a valid machine format code.");
  std::string_view bytes;
  if (!runtime::is_bytes(interpreter, arguments[3]))
    return interpreter.raise(interpreter.TypeError_type, "fourth argument should be bytes, not " +
                                                             runtime::type_of(interpreter, arguments[3])->name);
  bytes = runtime::as_bytes(arguments[3])->view();
  if (!frombytes(interpreter, as_array(result.get()), bytes)) return Ref();
  return result;
}

Ref array_typecode(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, std::string(1, as_array(self)->typecode));
}
Ref array_itemsize(Interpreter&, Value self) { return Ref::small_int(as_array(self)->itemsize); }

void make_types(Interpreter& interpreter) {
  runtime::Type* array = runtime::new_native_type(interpreter, "array.array", interpreter.object_type);
  array->subclassable = true;
  array->pattern_flags = runtime::type_flag::sequence;
  array->deallocate = &array_deallocate;
  array->construct = &array_construct;
  array->repr = &array_repr;
  array->hash = &runtime::hash_not_implemented;
  array->length = &array_length_slot;
  array->compare = &array_compare;
  array->contains = &array_contains;
  array->subscript = &array_subscript;
  array->assign_subscript = &array_assign_subscript;
  array->concatenate = &array_concatenate;
  array->inplace_concatenate = &array_inplace_concatenate;
  array->repeat = &array_repeat;
  array->inplace_repeat = &array_inplace_repeat;
  array->iter = &array_iter;
  runtime::add_methods(interpreter, array,
                       {
                           {"append", &array_append},           {"buffer_info", &array_buffer_info},
                           {"byteswap", &array_byteswap},       {"count", &array_count},
                           {"extend", &array_extend},           {"frombytes", &array_frombytes},
                           {"fromfile", &array_fromfile},       {"fromlist", &array_fromlist},
                           {"fromunicode", &array_fromunicode}, {"index", &array_index},
                           {"insert", &array_insert},           {"pop", &array_pop},
                           {"remove", &array_remove},           {"reverse", &array_reverse},
                           {"tobytes", &array_tobytes},         {"tofile", &array_tofile},
                           {"tolist", &array_tolist},           {"tounicode", &array_tounicode},
                           {"__copy__", &array_copy},           {"__deepcopy__", &array_copy},
                           {"__sizeof__", &array_sizeof},       {"__reduce_ex__", &array_reduce_ex},
                       });
  runtime::add_getsets(interpreter, array, {{"typecode", &array_typecode}, {"itemsize", &array_itemsize}});
  runtime::ready_native_type(interpreter, array);
  interpreter.array_type = array;

  runtime::Type* iterator =
      new_iterator_type<ArrayIteratorObject>(interpreter, "array.arrayiterator", &array_iterator_next);
  iterator->subclassable = false;
  runtime::ready_native_type(interpreter, iterator);
  interpreter.array_iterator_type = iterator;
}

}  // namespace

Ref create_array_module(Interpreter& interpreter) {
  if (!interpreter.array_type) make_types(interpreter);
  Ref module = runtime::new_module(interpreter, "array");
  const Value array = module.get();
  runtime::module_set(interpreter, array, "array", Value::object(interpreter.array_type));
  runtime::module_set(interpreter, array, "ArrayType", Value::object(interpreter.array_type));
  runtime::add_module_functions(interpreter, array, {{"_array_reconstructor", &array_reconstructor}});
  // __reduce_ex__ refers to the reconstructor of the first array module made.
  if (!interpreter.array_reconstructor)
    interpreter.array_reconstructor =
        Ref::borrow(runtime::dict_get_str(runtime::module_dict(array), interpreter.intern("_array_reconstructor")));
  Ref codes = runtime::new_str(interpreter, typecodes);
  runtime::module_set(interpreter, array, "typecodes", codes.get());
  return module;
}

}  // namespace krait::modules
