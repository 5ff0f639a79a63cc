// Objects: str storage (PEP 393 widths, growable for in-place appends),
// creation from UTF-8, the cached UTF-8 form, the builder, substring search,
// concatenation, repetition, comparison, hashing, len, repr, `in`,
// subscripting, iteration and str(). The methods are in str_methods.cpp.
#include "objects/str_object.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

#include "objects/bytes_methods.h"
#include "objects/codecs.h"
#include "objects/format.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/repr.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

constexpr std::uint8_t width_for(char32_t widest) { return widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4; }

// Beyond this many code points no allocation is attempted (MemoryError), so
// size arithmetic never overflows.
constexpr std::int64_t max_str_length = (std::int64_t{1} << 39) - 1;  // what StrObject::capacity holds

// Storage. Strs live in malloc'ed blocks, so that in-place appends can
// realloc them. Small blocks come in four size classes (room for 8, 24, 40
// or 56 bytes of characters and the terminating zero: blocks of 56, 72, 88
// and 104 bytes, which glibc's malloc serves with no rounding up) and are
// recycled through the interpreter's free lists: splitting a text makes and
// drops many short strs, and the C allocator is slow at that.
constexpr std::size_t size_class_step = 16;
constexpr std::size_t smallest_class_data = 8;
constexpr std::size_t size_classes = 4;
constexpr std::size_t largest_class_data = smallest_class_data + size_class_step * (size_classes - 1);
constexpr std::size_t max_recycled = 1024;  // blocks kept per class (about 100 KiB each)

// A block's size for `capacity` code points of `width` bytes, small blocks
// rounded up to their class.
std::size_t block_bytes(std::int64_t capacity, std::uint8_t width) {
  const std::size_t data = static_cast<std::size_t>(capacity) * width + 1;
  if (data > largest_class_data) return sizeof(StrObject) + data;
  if (data <= smallest_class_data) return sizeof(StrObject) + smallest_class_data;
  return sizeof(StrObject) + smallest_class_data +
         (data - smallest_class_data + size_class_step - 1) / size_class_step * size_class_step;
}

// The size class of a block of `bytes`, or -1 for a large one.
int size_class(std::size_t bytes) {
  const std::size_t data = bytes - sizeof(StrObject);
  if (data > largest_class_data) return -1;
  return static_cast<int>((data - smallest_class_data) / size_class_step);
}

// The capacity a block of `bytes` gives at `width` (small blocks have room
// beyond what was asked).
std::int64_t capacity_of(std::size_t bytes, std::uint8_t width) {
  return static_cast<std::int64_t>((bytes - sizeof(StrObject) - 1) / width);
}

void* allocate_block(Interpreter& interpreter, std::size_t bytes) {
  const int index = size_class(bytes);
  if (index >= 0 && !interpreter.free_strs[index].empty()) {
    void* block = interpreter.free_strs[index].back();
    interpreter.free_strs[index].pop_back();
    return block;
  }
  return std::malloc(bytes);
}

void free_block(Interpreter& interpreter, void* block, std::size_t bytes) {
  const int index = size_class(bytes);
  if (index >= 0 && interpreter.free_strs[index].size() < max_recycled) {
    interpreter.free_strs[index].push_back(block);
    return;
  }
  std::free(block);
}

// An uninitialised str with room for at least `capacity` code points of
// `width` bytes (and a terminating zero), or nullptr when memory is short.
StrObject* allocate_str(Interpreter& interpreter, std::int64_t length, std::uint8_t width, std::int64_t capacity) {
  if (capacity > max_str_length) return nullptr;
  const std::size_t bytes = block_bytes(capacity, width);
  void* memory = allocate_block(interpreter, bytes);
  if (!memory) return nullptr;
  auto* object = new (memory) StrObject;
  object->type = interpreter.str_type;
  object->length = length;
  object->capacity = capacity_of(bytes, width);
  object->width = width;
  return object;
}

StrObject* allocate_str(Interpreter& interpreter, std::int64_t length, std::uint8_t width) {
  StrObject* object = allocate_str(interpreter, length, width, length);
  if (!object) throw std::bad_alloc();
  return object;
}

void store(StrObject* object, std::int64_t index, char32_t code_point) {
  switch (object->width) {
    case 1: object->data()[index] = static_cast<unsigned char>(code_point); break;
    case 2: reinterpret_cast<char16_t*>(object->data())[index] = static_cast<char16_t>(code_point); break;
    default: reinterpret_cast<char32_t*>(object->data())[index] = code_point; break;
  }
}

bool is_ascii_bytes(const unsigned char* bytes, std::size_t size) {
  unsigned char any = 0;
  for (std::size_t i = 0; i < size; ++i) any |= bytes[i];
  return any < 0x80;
}

// A non-ASCII str's UTF-8 buffer: its byte length, then the bytes.
void release_utf8(StrObject* object) {
  if (!object->ascii && object->utf8) delete[] (object->utf8 - sizeof(std::size_t));
  object->utf8 = nullptr;
}

// Drops the cached hash and UTF-8 of a str whose characters change.
void forget_derived(StrObject* object) {
  release_utf8(object);
  object->hash = -1;
}

// Seals a str once its characters are written: its data is its UTF-8 form
// exactly when it is ASCII (which the caller may already know).
// Precondition: no cached UTF-8.
void seal(StrObject* object, int known_ascii = -1) {
  object->data()[static_cast<std::size_t>(object->length) * object->width] = 0;
  object->ascii = known_ascii >= 0 ? known_ascii == 1
                                   : object->width == 1 &&
                                         is_ascii_bytes(object->data(), static_cast<std::size_t>(object->length));
  object->utf8 = object->ascii ? reinterpret_cast<char*>(object->data()) : nullptr;
}

Ref finish_str(StrObject* object) {
  seal(object);
  return Ref::steal(Value::object(object));
}

// Moves a str's characters to storage of `capacity` code points at `width`
// (not narrower than its own): the str's new address, or nullptr (the old
// one intact) when memory is short. Precondition: no cached UTF-8 (it could
// point into the old data).
StrObject* resize_storage(Interpreter& interpreter, StrObject* object, std::int64_t capacity, std::uint8_t width) {
  if (capacity > max_str_length) return nullptr;
  const std::uint8_t old_width = object->width;
  const std::uint8_t new_width = std::max(width, old_width);
  const std::size_t old_bytes = block_bytes(object->capacity, old_width);
  const std::size_t bytes = block_bytes(capacity, new_width);
  // Between small classes, a recycled block and a short copy beat realloc.
  // Every block, recycled or not, is a malloc'ed block of its class's
  // exact size, so realloc applies to all of them otherwise.
  if (bytes != old_bytes && size_class(bytes) >= 0 && size_class(old_bytes) >= 0) {
    void* memory = allocate_block(interpreter, bytes);
    if (!memory) return nullptr;
    std::memcpy(memory, static_cast<void*>(object), std::min(bytes, old_bytes));
    free_block(interpreter, object, old_bytes);
    object = static_cast<StrObject*>(memory);
  } else if (bytes != old_bytes) {
    void* memory = std::realloc(object, bytes);
    if (!memory) return nullptr;
    object = static_cast<StrObject*>(memory);
  }
  object->capacity = capacity_of(bytes, new_width);
  if (new_width > old_width) {
    // Widen in place, last character first so nothing is overwritten unread.
    visit_code_points(object, [&](auto* narrow) {
      object->width = new_width;
      for (std::int64_t i = object->length - 1; i >= 0; --i) store(object, i, narrow[i]);
    });
  }
  return object;
}

// Copies count code points from `source` (at `start`) into `target` at
// `index`; the target is at least as wide as the source.
void copy_code_points(StrObject* target, std::int64_t index, const StrObject* source, std::int64_t start,
                      std::int64_t count) {
  if (target->width == source->width) {
    std::memcpy(target->data() + static_cast<std::size_t>(index) * target->width,
                source->data() + static_cast<std::size_t>(start) * source->width,
                static_cast<std::size_t>(count) * source->width);
    return;
  }
  visit_code_points(source, [&](auto* chars) {
    for (std::int64_t i = 0; i < count; ++i) store(target, index + i, chars[start + i]);
  });
}

// The width the code points source[start:end] need.
std::uint8_t width_of_range(const StrObject* source, std::int64_t start, std::int64_t end) {
  if (source->width == 1 || (start == 0 && end == source->length)) return source->width;
  char32_t widest = 0;
  visit_code_points(source, [&](auto* chars) {
    for (std::int64_t i = start; i < end; ++i) widest = std::max<char32_t>(widest, chars[i]);
  });
  return width_for(widest);
}

// ---- Substring search ----
// CPython's fastsearch idea (a Horspool skip on the last character, with a
// 64-bit Bloom mask of the needle's characters to skip a whole needle
// length when the next character cannot occur in it); one-byte strings use
// memchr/memmem from the C library.

template <class T>
std::int64_t find_char(const T* s, std::int64_t n, T c) {
  if constexpr (sizeof(T) == 1) {
    const void* found = std::memchr(s, c, static_cast<std::size_t>(n));
    return found ? static_cast<const T*>(found) - s : -1;
  } else {
    for (std::int64_t i = 0; i < n; ++i)
      if (s[i] == c) return i;
    return -1;
  }
}

template <class T>
std::int64_t rfind_char(const T* s, std::int64_t n, T c) {
  if constexpr (sizeof(T) == 1) {
    const void* found = memrchr(s, c, static_cast<std::size_t>(n));
    return found ? static_cast<const T*>(found) - s : -1;
  } else {
    for (std::int64_t i = n - 1; i >= 0; --i)
      if (s[i] == c) return i;
    return -1;
  }
}

template <class T>
constexpr std::uint64_t bloom_bit(T c) {
  return std::uint64_t{1} << (static_cast<std::uint32_t>(c) & 63);
}

template <class T>
std::int64_t find_forward(const T* s, std::int64_t n, const T* p, std::int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  if (m == 1) return find_char(s, n, p[0]);
  if constexpr (sizeof(T) == 1) {
    const void* found = memmem(s, static_cast<std::size_t>(n), p, static_cast<std::size_t>(m));
    return found ? static_cast<const T*>(found) - s : -1;
  } else {
    const std::int64_t last = m - 1;
    std::int64_t skip = last;
    std::uint64_t mask = 0;
    for (std::int64_t i = 0; i < last; ++i) {
      mask |= bloom_bit(p[i]);
      if (p[i] == p[last]) skip = last - i - 1;
    }
    mask |= bloom_bit(p[last]);
    for (std::int64_t i = 0; i <= n - m; ++i) {
      if (s[i + last] == p[last]) {
        std::int64_t j = 0;
        while (j < last && s[i + j] == p[j]) ++j;
        if (j == last) return i;
        if (i + m < n && !(mask & bloom_bit(s[i + m])))
          i += m;
        else
          i += skip;
      } else if (i + m < n && !(mask & bloom_bit(s[i + m]))) {
        i += m;
      }
    }
    return -1;
  }
}

template <class T>
std::int64_t find_reverse(const T* s, std::int64_t n, const T* p, std::int64_t m) {
  if (m == 0) return n;
  if (m > n) return -1;
  if (m == 1) return rfind_char(s, n, p[0]);
  std::int64_t skip = m - 1;
  std::uint64_t mask = bloom_bit(p[0]);
  for (std::int64_t i = m - 1; i > 0; --i) {
    mask |= bloom_bit(p[i]);
    if (p[i] == p[0]) skip = i - 1;
  }
  for (std::int64_t i = n - m; i >= 0; --i) {
    if (s[i] == p[0]) {
      std::int64_t j = m - 1;
      while (j > 0 && s[i + j] == p[j]) --j;
      if (j == 0) return i;
      if (i > 0 && !(mask & bloom_bit(s[i - 1])))
        i -= m;
      else
        i -= skip;
    } else if (i > 0 && !(mask & bloom_bit(s[i - 1]))) {
      i -= m;
    }
  }
  return -1;
}

// The needle's code points at the haystack's width (the needle is never
// wider: widths are canonical, so a wider needle cannot occur). Owns a
// converted copy only when the widths differ.
template <class T>
class NeedleAt {
 public:
  explicit NeedleAt(const StrObject* needle) : length_(needle->length) {
    if (needle->width == sizeof(T)) {
      chars_ = reinterpret_cast<const T*>(needle->data());
      return;
    }
    copy_.reserve(static_cast<std::size_t>(length_));
    for (std::int64_t i = 0; i < length_; ++i) copy_.push_back(static_cast<T>(needle->at(i)));
    chars_ = copy_.data();
  }
  const T* chars() const { return chars_; }
  std::int64_t length() const { return length_; }

 private:
  std::int64_t length_;
  const T* chars_ = nullptr;
  std::basic_string<T> copy_;
};

bool is_exact_str(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.str_type;
}

Ref str_concatenate(Interpreter& interpreter, Value left, Value right) {
  if (!is_str(interpreter, right))
    return interpreter.raise(interpreter.TypeError_type, "can only concatenate str (not \"" +
                                                             std::string(type_name(interpreter, right)) + "\") to str");
  const StrObject* a = as_str(left);
  const StrObject* b = as_str(right);
  if (b->length == 0 && is_exact_str(interpreter, left)) return Ref::borrow(left);
  if (a->length == 0 && is_exact_str(interpreter, right)) return Ref::borrow(right);
  StrObject* result = allocate_str(interpreter, a->length + b->length, std::max(a->width, b->width));
  copy_code_points(result, 0, a, 0, a->length);
  copy_code_points(result, a->length, b, 0, b->length);
  // ASCII exactly when both parts are: no scan.
  seal(result, a->ascii && b->ascii ? 1 : 0);
  return Ref::steal(Value::object(result));
}

}  // namespace

Ref str_concat(Interpreter& interpreter, Value left, Value right) { return str_concatenate(interpreter, left, right); }

namespace {

Ref str_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  const StrObject* str = as_str(self);
  if (count == 1 && is_exact_str(interpreter, self)) return Ref::borrow(self);
  if (str->length > 0 && count > INT64_MAX / str->length)
    return interpreter.raise(interpreter.OverflowError_type, "repeated string is too long");
  std::int64_t length = 0;
  if (!repeat_size(interpreter, str->length, count, length)) return Ref();
  StrObject* result = allocate_str(interpreter, length, str->width, length);
  if (!result) return interpreter.raise(interpreter.MemoryError_type, "");
  const std::size_t piece = static_cast<std::size_t>(str->length) * str->width;
  if (piece == 1) {
    std::memset(result->data(), str->data()[0], static_cast<std::size_t>(length));
  } else if (piece > 0) {
    // Doubling copies: log(count) memcpy calls.
    std::memcpy(result->data(), str->data(), piece);
    const std::size_t total = static_cast<std::size_t>(length) * str->width;
    for (std::size_t done = piece; done < total;) {
      const std::size_t chunk = std::min(done, total - done);
      std::memcpy(result->data() + done, result->data(), chunk);
      done += chunk;
    }
  }
  return finish_str(result);
}

int str_contains(Interpreter& interpreter, Value self, Value item) {
  if (!is_str(interpreter, item)) {
    interpreter.set_exception(interpreter.TypeError_type, "'in <string>' requires string as left operand, not " +
                                                              std::string(type_name(interpreter, item)));
    return -1;
  }
  return str_find(self, item, 0, as_str(self)->length) >= 0;
}

std::int64_t str_length_of(Value self) { return as_str(self)->length; }

Ref str_item(Interpreter& interpreter, Value self, std::int64_t index) {
  return new_str_from_code_point(interpreter, as_str(self)->at(index));
}

Ref str_slice(Interpreter& interpreter, Value self, const SliceBounds& bounds) {
  const StrObject* str = as_str(self);
  if (bounds.step == 1) return str_substring(interpreter, self, bounds.start, bounds.start + bounds.count);
  StrBuilder builder(interpreter, bounds.count);
  for (std::int64_t i = 0; i < bounds.count; ++i) builder.append(str->at(bounds.start + i * bounds.step));
  return builder.finish();
}

constexpr SequenceAccess str_access{"string", &str_length_of, &str_item, &str_slice};

Ref str_subscript(Interpreter& interpreter, Value self, Value key) {
  return sequence_subscript(interpreter, self, key, str_access);
}

// CPython 3.11 iterates ASCII strings with an iterator type of their own.
Ref str_iter(Interpreter& interpreter, Value self) {
  Type* type = as_str(self)->ascii ? interpreter.str_ascii_iterator_type : interpreter.str_iterator_type;
  return new_sequence_iterator(interpreter, type, self, str_access);
}

int compare_code_points(const StrObject* a, const StrObject* b);

}  // namespace

int str_order(Value a, Value b) { return compare_code_points(as_str(a), as_str(b)); }

namespace {

// Code-point order: -1, 0 or 1.
int compare_code_points(const StrObject* a, const StrObject* b) {
  const std::int64_t common = std::min(a->length, b->length);
  int sign = 0;
  if (a->width == 1 && b->width == 1) {
    sign = std::memcmp(a->data(), b->data(), static_cast<std::size_t>(common));
    sign = (sign > 0) - (sign < 0);
  } else {
    for (std::int64_t i = 0; i < common && sign == 0; ++i) sign = (a->at(i) > b->at(i)) - (a->at(i) < b->at(i));
  }
  if (sign == 0) sign = (a->length > b->length) - (a->length < b->length);
  return sign;
}

Ref str_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (!is_str(interpreter, left) || !is_str(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  if (op == CompareOp::Eq || op == CompareOp::Ne) return interpreter.new_boolean(str_equal(left, right) == (op == CompareOp::Eq));
  return interpreter.new_boolean(compare_ordered(compare_code_points(as_str(left), as_str(right)), 0, op));
}

Ref str_str(Interpreter& interpreter, Value self) {
  if (is_exact_str(interpreter, self)) return Ref::borrow(self);
  return str_substring(interpreter, self, 0, as_str(self)->length);
}

Ref str_repr(Interpreter& interpreter, Value self) { return new_str(interpreter, str_repr_text(self)); }
Ref str_length(Interpreter& interpreter, Value self) { return new_int(interpreter, as_str(self)->length); }
int str_truth(Interpreter&, Value self) { return as_str(self)->length != 0; }
std::int64_t str_hash_slot(Interpreter&, Value self) { return str_hash(self); }

Ref str_value(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames);

// str(...), and a subclass's instance with the same characters: always a
// new object, as strs (interned names, one-character strs) are shared.
Ref str_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Ref value = str_value(interpreter, arguments, count, kwnames);
  auto* type = static_cast<Type*>(callee.as_object());
  if (!value || type == interpreter.str_type) return value;
  const StrObject* source = as_str(value.get());
  StrObject* copy = allocate_str(interpreter, source->length, source->width);
  std::memcpy(copy->data(), source->data(), static_cast<std::size_t>(source->length) * source->width);
  seal(copy, source->ascii);
  set_object_type(copy, type);
  return Ref::steal(Value::object(copy));
}

// The value of str(object='') and str(object, encoding, errors), which decodes.
Ref str_value(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!bind_arguments(interpreter, {"str", {"object", "encoding", "errors"}, 0, 0, 0}, arguments, count, kwnames,
                      bound))
    return Ref();
  if (bound[1].is_null() && bound[2].is_null()) {
    if (bound[0].is_null()) return new_str(interpreter, "");
    return str(interpreter, bound[0]);
  }
  for (int i = 1; i <= 2; ++i)
    if (!bound[i].is_null() && !is_str(interpreter, bound[i]))
      return interpreter.raise(interpreter.TypeError_type, std::string("str() argument '") +
                                                               (i == 1 ? "encoding" : "errors") + "' must be str, not " +
                                                               argument_type_name(interpreter, bound[i]));
  if (bound[0].is_null()) return new_str(interpreter, "");
  if (is_str(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "decoding str is not supported");
  std::string_view data, encoding, errors;
  if (byte_view(interpreter, bound[0], data) &&
      codec_arguments(interpreter, "str", bound[1], bound[2], encoding, errors))
    return decode_bytes(interpreter, data, encoding, errors);
  return interpreter.raise(interpreter.TypeError_type, "decoding to str: need a bytes-like object, " +
                                                           std::string(type_name(interpreter, bound[0])) + " found");
}

void str_deallocate(Interpreter& interpreter, Object* object) {
  auto* str = static_cast<StrObject*>(object);
  release_utf8(str);
  const std::size_t bytes = block_bytes(str->capacity, str->width);
  str->~StrObject();
  free_block(interpreter, str, bytes);
}

}  // namespace

char32_t StrObject::at(std::int64_t index) const {
  switch (width) {
    case 1: return data()[index];
    case 2: return reinterpret_cast<const char16_t*>(data())[index];
    default: return reinterpret_cast<const char32_t*>(data())[index];
  }
}

bool is_str(const Interpreter& interpreter, Value value) {
  if (!value.is_object()) return false;
  const Type* type = value.as_object()->type;
  return type == interpreter.str_type || is_subtype(type, interpreter.str_type);
}

Ref new_str(Interpreter& interpreter, std::string_view utf8) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  // One Latin-1 character: the shared str (constants, names and indexing
  // then give the same object, which dict lookups match by identity).
  if (utf8.size() == 1 && bytes[0] < 0x80) return new_str_from_code_point(interpreter, bytes[0]);
  if (utf8.size() == 2 && (bytes[0] == 0xC2 || bytes[0] == 0xC3) && (bytes[1] & 0xC0) == 0x80)
    return new_str_from_code_point(interpreter, static_cast<char32_t>((bytes[0] & 0x1F) << 6 | (bytes[1] & 0x3F)));
  if (is_ascii_bytes(bytes, utf8.size())) {
    StrObject* object = allocate_str(interpreter, static_cast<std::int64_t>(utf8.size()), 1);
    std::memcpy(object->data(), bytes, utf8.size());
    return finish_str(object);
  }
  std::int64_t length = 0;
  char32_t widest = 0;
  for (std::size_t position = 0; position < utf8.size(); ++length)
    widest = std::max(widest, static_cast<char32_t>(unicode::decode_utf8(utf8, position)));
  StrObject* object = allocate_str(interpreter, length, width_for(widest));
  std::int64_t index = 0;
  for (std::size_t position = 0; position < utf8.size(); ++index)
    store(object, index, static_cast<char32_t>(unicode::decode_utf8(utf8, position)));
  return finish_str(object);
}

Ref new_str_from_code_point(Interpreter& interpreter, char32_t code_point) {
  // One-character strs of Latin-1 are shared, as CPython's.
  Value* cached = code_point < 256 ? &interpreter.latin1_strs[code_point] : nullptr;
  if (cached && !cached->is_null()) return Ref::borrow(*cached);
  StrObject* object = allocate_str(interpreter, 1, width_for(code_point));
  store(object, 0, code_point);
  Ref result = finish_str(object);
  if (cached) *cached = Ref::borrow(result.get()).release();
  return result;
}

Ref str_substring(Interpreter& interpreter, Value value, std::int64_t start, std::int64_t end) {
  const StrObject* str = as_str(value);
  if (start == 0 && end == str->length && is_exact_str(interpreter, value)) return Ref::borrow(value);
  if (end - start == 1) return new_str_from_code_point(interpreter, str->at(start));
  StrObject* result = allocate_str(interpreter, end - start, width_of_range(str, start, end));
  copy_code_points(result, 0, str, start, end - start);
  seal(result, str->ascii ? 1 : -1);
  return Ref::steal(Value::object(result));
}

std::string_view str_utf8(Value value) {
  StrObject* str = as_str(value);
  if (!str->utf8) {
    std::string text;
    text.reserve(static_cast<std::size_t>(str->length) * 2);
    visit_code_points(str, [&](auto* chars) {
      for (std::int64_t i = 0; i < str->length; ++i) unicode::append_utf8(text, chars[i]);
    });
    const std::size_t size = text.size();
    char* buffer = new char[sizeof size + size + 1];
    std::memcpy(buffer, &size, sizeof size);
    std::memcpy(buffer + sizeof size, text.c_str(), size + 1);
    str->utf8 = buffer + sizeof size;
  }
  if (str->ascii) return {str->utf8, static_cast<std::size_t>(str->length)};
  std::size_t size;
  std::memcpy(&size, str->utf8 - sizeof size, sizeof size);
  return {str->utf8, size};
}

bool str_equal(Value a, Value b) {
  if (a == b) return true;
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  // Widths are canonical (the narrowest that fits), so equal strings have
  // equal widths and equal bytes.
  if (x->length != y->length || x->width != y->width) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return std::memcmp(x->data(), y->data(), static_cast<std::size_t>(x->length) * x->width) == 0;
}

// CPython's str hash: SipHash-1-3 over the code points at the str's width
// (the PEP 393 buffer), keyed by the interpreter's PYTHONHASHSEED secret.
std::int64_t str_hash(Value value) {
  StrObject* str = as_str(value);
  if (str->hash != -1) return str->hash;
  const std::size_t size = static_cast<std::size_t>(str->length) * str->width;
  str->hash = hash_bytes(str->type->interpreter->hash_secret, str->data(), size);
  return str->hash;
}

std::string str_repr_text(Value value) {
  const StrObject* str = as_str(value);
  std::string out;
  append_str_repr(out, static_cast<std::size_t>(str->length), [&](std::size_t i) { return str->at(static_cast<std::int64_t>(i)); });
  return out;
}

bool str_concat_in_place(Interpreter& interpreter, Value& left, Value right) {
  if (!is_str(interpreter, right)) {
    Ref failed = str_concatenate(interpreter, left, right);
    return false;
  }
  StrObject* target = as_str(left);
  const StrObject* tail = as_str(right);
  if (target->refcount != 1 || !is_exact_str(interpreter, left) || left == right) {
    Ref result = str_concatenate(interpreter, left, right);
    if (!result) return false;
    decref(left);
    left = result.release();
    return true;
  }
  const std::int64_t length = target->length + tail->length;
  const std::uint8_t width = std::max(target->width, tail->width);
  const bool ascii = target->ascii && tail->ascii;
  forget_derived(target);
  if (length > target->capacity || width != target->width) {
    // Half again as much room as needed, so n appends cost O(n) copying.
    const std::int64_t capacity = length > target->capacity ? length + length / 2 + 8 : target->capacity;
    StrObject* grown = resize_storage(interpreter, target, capacity, width);
    if (!grown) {
      seal(target, target->ascii);
      interpreter.set_exception(interpreter.MemoryError_type, "");
      return false;
    }
    target = grown;
    left = Value::object(target);
  }
  copy_code_points(target, target->length, tail, 0, tail->length);
  target->length = length;
  seal(target, ascii);
  return true;
}

std::int64_t str_find(Value haystack_value, Value needle_value, std::int64_t start, std::int64_t end, bool reverse) {
  const StrObject* haystack = as_str(haystack_value);
  const StrObject* needle = as_str(needle_value);
  if (needle->width > haystack->width) return -1;
  return visit_code_points(haystack, [&](auto* chars) -> std::int64_t {
    using T = std::remove_const_t<std::remove_pointer_t<decltype(chars)>>;
    const NeedleAt<T> pattern(needle);
    const std::int64_t found = reverse ? find_reverse(chars + start, end - start, pattern.chars(), pattern.length())
                                       : find_forward(chars + start, end - start, pattern.chars(), pattern.length());
    return found < 0 ? -1 : start + found;
  });
}

std::int64_t str_count(Value haystack_value, Value needle_value, std::int64_t start, std::int64_t end,
                       std::int64_t limit) {
  const StrObject* haystack = as_str(haystack_value);
  const StrObject* needle = as_str(needle_value);
  if (needle->length == 0) return std::min(end - start + 1, limit);
  if (needle->width > haystack->width) return 0;
  return visit_code_points(haystack, [&](auto* chars) -> std::int64_t {
    using T = std::remove_const_t<std::remove_pointer_t<decltype(chars)>>;
    const NeedleAt<T> pattern(needle);
    std::int64_t count = 0;
    for (std::int64_t at = start; count < limit;) {
      const std::int64_t found = find_forward(chars + at, end - at, pattern.chars(), pattern.length());
      if (found < 0) break;
      ++count;
      at += found + pattern.length();
    }
    return count;
  });
}

// ---- StrBuilder ----

StrBuilder::StrBuilder(Interpreter& interpreter, std::int64_t expected_length) : interpreter_(interpreter) {
  str_ = allocate_str(interpreter, 0, 1, std::max<std::int64_t>(expected_length, 16));
  failed_ = str_ == nullptr;
}

StrBuilder::~StrBuilder() {
  if (str_) free_block(interpreter_, str_, block_bytes(str_->capacity, str_->width));
}

bool StrBuilder::reserve(std::int64_t extra, std::uint8_t width) {
  if (failed_) return false;
  const std::int64_t needed = str_->length + extra;
  if (extra > max_str_length || needed > max_str_length) {
    failed_ = true;
    return false;
  }
  if (needed <= str_->capacity && width <= str_->width) return true;
  const std::int64_t capacity = needed <= str_->capacity ? str_->capacity : std::max(needed, str_->capacity * 2);
  StrObject* grown = resize_storage(interpreter_, str_, capacity, std::max(width, str_->width));
  if (!grown) {
    failed_ = true;
    return false;
  }
  str_ = grown;
  return true;
}

void StrBuilder::append(char32_t code_point) {
  if (str_ && !failed_ && str_->length < str_->capacity && code_point < 0x80) {
    store(str_, str_->length++, code_point);
    return;
  }
  if (!reserve(1, width_for(code_point))) return;
  store(str_, str_->length++, code_point);
}

void StrBuilder::append_repeated(char32_t code_point, std::int64_t count) {
  if (count <= 0 || !reserve(count, width_for(code_point))) return;
  if (str_->width == 1) {
    std::memset(str_->data() + str_->length, static_cast<int>(code_point), static_cast<std::size_t>(count));
    str_->length += count;
  } else {
    for (std::int64_t i = 0; i < count; ++i) store(str_, str_->length++, code_point);
  }
}

void StrBuilder::append_ascii(std::string_view text) {
  if (!reserve(static_cast<std::int64_t>(text.size()), 1)) return;
  if (str_->width == 1) {
    std::memcpy(str_->data() + str_->length, text.data(), text.size());
    str_->length += static_cast<std::int64_t>(text.size());
  } else {
    for (char c : text) store(str_, str_->length++, static_cast<unsigned char>(c));
  }
}

void StrBuilder::append_utf8(std::string_view text) {
  if (is_ascii_bytes(reinterpret_cast<const unsigned char*>(text.data()), text.size())) {
    append_ascii(text);
    return;
  }
  for (std::size_t position = 0; position < text.size();)
    append(static_cast<char32_t>(unicode::decode_utf8(text, position)));
}

void StrBuilder::append(Value str) { append(str, 0, as_str(str)->length); }

void StrBuilder::append(Value value, std::int64_t start, std::int64_t end) {
  const StrObject* source = as_str(value);
  if (end <= start || !reserve(end - start, width_of_range(source, start, end))) return;
  copy_code_points(str_, str_->length, source, start, end - start);
  str_->length += end - start;
}

unsigned char* StrBuilder::append_bytes(std::int64_t count) {
  if (!reserve(count, 1)) return nullptr;
  unsigned char* bytes = str_->data() + str_->length;
  str_->length += count;
  return bytes;
}

std::int64_t StrBuilder::length() const { return str_ ? str_->length : 0; }

Ref StrBuilder::finish() {
  if (failed_) return interpreter_.raise(interpreter_.MemoryError_type, "");
  StrObject* result = str_;
  str_ = nullptr;
  // Give back room the string will never use (more than a quarter unused).
  if (result->capacity - result->length > result->capacity / 4 + 16) {
    if (StrObject* shrunk = resize_storage(interpreter_, result, result->length, result->width)) result = shrunk;
  }
  return finish_str(result);
}

void release_str_caches(Interpreter& interpreter) {
  for (Value& cached : interpreter.latin1_strs) decref(std::exchange(cached, Value()));
  for (std::vector<void*>& blocks : interpreter.free_strs) {
    for (void* block : blocks) std::free(block);
    blocks.clear();
  }
}

void init_str_type(Interpreter& interpreter) {
  Type* type = interpreter.str_type;
  type->deallocate = &str_deallocate;
  type->construct = &str_construct;
  type->concatenate = &str_concatenate;
  type->repeat = &str_repeat;
  type->remainder = &str_remainder;
  type->contains = &str_contains;
  type->subscript = &str_subscript;
  type->iter = &str_iter;
  type->compare = &str_compare;
  type->str = &str_str;
  type->repr = &str_repr;
  type->length = &str_length;
  type->truth = &str_truth;
  type->hash = &str_hash_slot;
  add_str_methods(interpreter);
}

}  // namespace krait::runtime
