// Objects: str storage (PEP 393 widths), creation from UTF-8, the cached
// UTF-8 form, concatenation, comparison, hashing, len and repr.
#include "objects/str_object.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "objects/int_object.h"
#include "runtime/interpreter.h"
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

Ref str_concatenate(Interpreter& interpreter, Value left, Value right) {
  const Type* type = interpreter.str_type;
  if (!left.is_object() || left.as_object()->type != type || !right.is_object() || right.as_object()->type != type)
    return Ref::borrow(interpreter.not_implemented());
  const StrObject* a = as_str(left);
  const StrObject* b = as_str(right);
  StrObject* result = allocate_str(interpreter, a->length + b->length, std::max(a->width, b->width));
  for (std::int64_t i = 0; i < a->length; ++i) store(result, i, a->at(i));
  for (std::int64_t i = 0; i < b->length; ++i) store(result, a->length + i, b->at(i));
  finish(result);
  return Ref::steal(Value::object(result));
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

// FNV-1a over the code points. CPython randomises str hashes per process, so
// no program can depend on the exact values.
std::int64_t str_hash(Value value) {
  StrObject* str = as_str(value);
  if (str->hash != -1) return str->hash;
  std::uint64_t hash = 1469598103934665603ULL;
  for (std::int64_t i = 0; i < str->length; ++i) {
    hash ^= str->at(i);
    hash *= 1099511628211ULL;
  }
  auto result = static_cast<std::int64_t>(hash >> 1);
  str->hash = result == -1 ? -2 : result;
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
  type->add = &str_concatenate;
  type->compare = &str_compare;
  type->str = &str_str;
  type->repr = &str_repr;
  type->length = &str_length;
  type->truth = &str_truth;
  type->hash = &str_hash_slot;
}

}  // namespace krait::runtime
