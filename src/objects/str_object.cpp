// Objects: str storage (PEP 393 widths), creation from UTF-8, the cached
// UTF-8 form, concatenation, repetition, comparison, hashing, len, repr,
// `in`, subscripting and iteration.
#include "objects/str_object.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/sequence.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/repr.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

// An uninitialised str of `length` code points of `width` bytes each.
StrObject* allocate_str(Interpreter& interpreter, std::int64_t length, std::uint8_t width) {
  const std::size_t bytes = static_cast<std::size_t>(length) * width;
  void* memory = ::operator new(sizeof(StrObject) + bytes + 1);
  auto* object = new (memory) StrObject;
  object->type = interpreter.str_type;
  object->length = length;
  object->width = width;
  object->data()[bytes] = 0;
  return object;
}

void store(StrObject* object, std::int64_t index, char32_t code_point) {
  switch (object->width) {
    case 1: object->data()[index] = static_cast<unsigned char>(code_point); break;
    case 2: reinterpret_cast<char16_t*>(object->data())[index] = static_cast<char16_t>(code_point); break;
    default: reinterpret_cast<char32_t*>(object->data())[index] = code_point; break;
  }
}

// The str's data is its UTF-8 form exactly when it is ASCII.
void finish(StrObject* object) {
  object->ascii = object->width == 1 &&
                  std::all_of(object->data(), object->data() + object->length, [](unsigned char c) { return c < 0x80; });
  if (object->ascii) {
    object->utf8 = reinterpret_cast<char*>(object->data());
    object->utf8_length = static_cast<std::size_t>(object->length);
  }
}

// A str of the given code points, at the narrowest width that holds them.
template <class CodePointAt>
Ref str_from_code_points(Interpreter& interpreter, std::int64_t length, CodePointAt code_point_at) {
  char32_t widest = 0;
  for (std::int64_t i = 0; i < length; ++i) widest = std::max(widest, code_point_at(i));
  StrObject* result = allocate_str(interpreter, length, widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4);
  for (std::int64_t i = 0; i < length; ++i) store(result, i, code_point_at(i));
  finish(result);
  return Ref::steal(Value::object(result));
}

bool is_str(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.str_type;
}

Ref str_concatenate(Interpreter& interpreter, Value left, Value right) {
  if (!is_str(interpreter, right))
    return interpreter.raise(interpreter.TypeError_type, "can only concatenate str (not \"" +
                                                             std::string(type_name(interpreter, right)) + "\") to str");
  const StrObject* a = as_str(left);
  const StrObject* b = as_str(right);
  return str_from_code_points(interpreter, a->length + b->length,
                              [&](std::int64_t i) { return i < a->length ? a->at(i) : b->at(i - a->length); });
}

Ref str_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  const StrObject* str = as_str(self);
  std::int64_t length = 0;
  if (!repeat_size(interpreter, str->length, count, length)) return Ref();
  return str_from_code_points(interpreter, length, [&](std::int64_t i) { return str->at(i % str->length); });
}

int str_contains(Interpreter& interpreter, Value self, Value item) {
  if (!is_str(interpreter, item)) {
    interpreter.set_exception(interpreter.TypeError_type, "'in <string>' requires string as left operand, not " +
                                                              std::string(type_name(interpreter, item)));
    return -1;
  }
  const StrObject* haystack = as_str(self);
  const StrObject* needle = as_str(item);
  for (std::int64_t start = 0; start + needle->length <= haystack->length; ++start) {
    std::int64_t i = 0;
    while (i < needle->length && haystack->at(start + i) == needle->at(i)) ++i;
    if (i == needle->length) return 1;
  }
  return 0;
}

std::int64_t str_length_of(Value self) { return as_str(self)->length; }

Ref str_item(Interpreter& interpreter, Value self, std::int64_t index) {
  const char32_t code_point = as_str(self)->at(index);
  return str_from_code_points(interpreter, 1, [&](std::int64_t) { return code_point; });
}

Ref str_slice(Interpreter& interpreter, Value self, const SliceBounds& bounds) {
  const StrObject* str = as_str(self);
  if (bounds.step == 1 && bounds.count == str->length) return Ref::borrow(self);
  return str_from_code_points(interpreter, bounds.count,
                              [&](std::int64_t i) { return str->at(bounds.start + i * bounds.step); });
}

constexpr SequenceAccess str_access{"string", &str_length_of, &str_item, &str_slice};

Ref str_subscript(Interpreter& interpreter, Value self, Value key) {
  return sequence_subscript(interpreter, self, key, str_access);
}

Ref str_iter(Interpreter& interpreter, Value self) {
  return new_sequence_iterator(interpreter, interpreter.str_iterator_type, self, str_access);
}

Ref str_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  const Type* type = interpreter.str_type;
  if (!left.is_object() || left.as_object()->type != type || !right.is_object() || right.as_object()->type != type)
    return Ref::borrow(interpreter.not_implemented());
  if (op == CompareOp::Eq || op == CompareOp::Ne) return interpreter.new_boolean(str_equal(left, right) == (op == CompareOp::Eq));
  const StrObject* a = as_str(left);
  const StrObject* b = as_str(right);
  const std::int64_t common = std::min(a->length, b->length);
  int sign = 0;
  for (std::int64_t i = 0; i < common && sign == 0; ++i) sign = (a->at(i) > b->at(i)) - (a->at(i) < b->at(i));
  if (sign == 0) sign = (a->length > b->length) - (a->length < b->length);
  bool result = false;
  switch (op) {
    case CompareOp::Lt: result = sign < 0; break;
    case CompareOp::Le: result = sign <= 0; break;
    case CompareOp::Gt: result = sign > 0; break;
    case CompareOp::Ge: result = sign >= 0; break;
    case CompareOp::Eq:
    case CompareOp::Ne: break;
  }
  return interpreter.new_boolean(result);
}

Ref str_str(Interpreter&, Value self) { return Ref::borrow(self); }
Ref str_repr(Interpreter& interpreter, Value self) { return new_str(interpreter, str_repr_text(self)); }
Ref str_length(Interpreter& interpreter, Value self) { return new_int(interpreter, as_str(self)->length); }
int str_truth(Interpreter&, Value self) { return as_str(self)->length != 0; }
std::int64_t str_hash_slot(Interpreter&, Value self) { return str_hash(self); }

void str_deallocate(Interpreter&, Object* object) {
  auto* str = static_cast<StrObject*>(object);
  if (!str->ascii) delete[] str->utf8;
  str->~StrObject();
  ::operator delete(str);
}


}  // namespace

char32_t StrObject::at(std::int64_t index) const {
  switch (width) {
    case 1: return data()[index];
    case 2: return reinterpret_cast<const char16_t*>(data())[index];
    default: return reinterpret_cast<const char32_t*>(data())[index];
  }
}

Ref new_str(Interpreter& interpreter, std::string_view utf8) {
  std::int64_t length = 0;
  char32_t widest = 0;
  for (std::size_t position = 0; position < utf8.size(); ++length)
    widest = std::max(widest, static_cast<char32_t>(unicode::decode_utf8(utf8, position)));
  const std::uint8_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  StrObject* object = allocate_str(interpreter, length, width);
  std::int64_t index = 0;
  for (std::size_t position = 0; position < utf8.size(); ++index)
    store(object, index, static_cast<char32_t>(unicode::decode_utf8(utf8, position)));
  finish(object);
  return Ref::steal(Value::object(object));
}

std::string_view str_utf8(Value value) {
  StrObject* str = as_str(value);
  if (!str->utf8) {
    std::string text;
    for (std::int64_t i = 0; i < str->length; ++i) unicode::append_utf8(text, str->at(i));
    str->utf8 = new char[text.size() + 1];
    std::memcpy(str->utf8, text.c_str(), text.size() + 1);
    str->utf8_length = text.size();
  }
  return {str->utf8, str->utf8_length};
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

void init_str_type(Interpreter& interpreter) {
  Type* type = interpreter.str_type;
  type->deallocate = &str_deallocate;
  type->concatenate = &str_concatenate;
  type->repeat = &str_repeat;
  type->contains = &str_contains;
  type->subscript = &str_subscript;
  type->iter = &str_iter;
  type->compare = &str_compare;
  type->str = &str_str;
  type->repr = &str_repr;
  type->length = &str_length;
  type->truth = &str_truth;
  type->hash = &str_hash_slot;
}

}  // namespace krait::runtime
