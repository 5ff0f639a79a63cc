// Objects: str. One code-point width per string (1, 2 or 4 bytes, as PEP
// 393), chosen from the widest character, for O(1) indexing; the UTF-8 form
// is cached for output (for ASCII strings it is the data itself). Strings are
// immutable to Python, but one whose only reference is being extended
// (`s += t`) grows in place (str_concat_in_place), so loops that build a
// string are linear, not quadratic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// 48 bytes of header, as CPython's compact ASCII strs: programs hold many
// short strs, so every word here counts (json-like data is mostly strs).
struct StrObject : Object {
  std::int64_t length = 0;     // in code points
  std::int64_t hash = -1;      // -1: not computed yet
  // Cached UTF-8: the data itself when ascii, else a buffer made on demand,
  // whose byte length is stored in the word before it.
  char* utf8 = nullptr;
  std::int64_t capacity : 40 = 0;  // code points the data has room for (in-place growth)
  std::uint8_t width = 1;      // bytes per code point: 1, 2 or 4, the narrowest that fits
  bool ascii = true;
  bool interned = false;       // made by Interpreter::intern: lives as long as the interpreter

  // The code points follow the header.
  unsigned char* data() { return reinterpret_cast<unsigned char*>(this + 1); }
  const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(this + 1); }
  char32_t at(std::int64_t index) const;
};
static_assert(sizeof(StrObject) == 48);

inline StrObject* as_str(Value value) { return static_cast<StrObject*>(value.as_object()); }
// A str or an instance of a subclass of str.
bool is_str(const Interpreter& interpreter, Value value);

// Calls `f` with the str's code points as a typed pointer (std::uint8_t,
// char16_t or char32_t): the kernels of the str methods are written once as
// templates and run at the string's own width.
template <class F>
decltype(auto) visit_code_points(const StrObject* str, F&& f) {
  switch (str->width) {
    case 1: return f(reinterpret_cast<const std::uint8_t*>(str->data()));
    case 2: return f(reinterpret_cast<const char16_t*>(str->data()));
    default: return f(reinterpret_cast<const char32_t*>(str->data()));
  }
}

// A str from UTF-8 (encoded surrogates accepted, as literals may hold them).
Ref new_str(Interpreter& interpreter, std::string_view utf8);
// A one-character str.
Ref new_str_from_code_point(Interpreter& interpreter, char32_t code_point);
// str[start:end] (0 <= start <= end <= length); the str itself when whole.
Ref str_substring(Interpreter& interpreter, Value str, std::int64_t start, std::int64_t end);
// The UTF-8 text of a str (cached on the object).
std::string_view str_utf8(Value str);
bool str_equal(Value a, Value b);
// Code-point order of two strs: negative, 0 or positive.
int str_order(Value a, Value b);
std::int64_t str_hash(Value str);
// repr(str) with CPython's choice of quotes and escapes.
std::string str_repr_text(Value str);

// `left += right` for two strs, `left` an owned reference (a register): when
// it is the only reference to its str, right's characters are appended in
// place (the data grows by half again when full, so a loop of appends is
// amortised linear); otherwise left is replaced by a new concatenation.
// False with TypeError pending when right is not a str.
[[nodiscard]] bool str_concat_in_place(Interpreter& interpreter, Value& left, Value right);
// left + right for a str `left`.
Ref str_concat(Interpreter& interpreter, Value left, Value right);

// Substring search within haystack[start:end] (0 <= start <= end <= length):
// the first (or, reverse, the last) index of needle, or -1.
std::int64_t str_find(Value haystack, Value needle, std::int64_t start, std::int64_t end, bool reverse = false);
// Non-overlapping occurrences of needle in haystack[start:end], at most
// `limit` (an empty needle occurs between characters and at both ends).
std::int64_t str_count(Value haystack, Value needle, std::int64_t start, std::int64_t end,
                       std::int64_t limit = INT64_MAX);

// Builds a str piece by piece directly in a str's storage, at the narrowest
// width the characters so far need (widening when a wider one comes), so
// the result needs no final copy. An allocation failure is remembered and
// reported by finish() as MemoryError.
class StrBuilder {
 public:
  explicit StrBuilder(Interpreter& interpreter, std::int64_t expected_length = 0);
  ~StrBuilder();
  StrBuilder(const StrBuilder&) = delete;
  StrBuilder& operator=(const StrBuilder&) = delete;

  void append(char32_t code_point);
  void append_repeated(char32_t code_point, std::int64_t count);
  // Text of bytes below 0x80.
  void append_ascii(std::string_view text);
  void append_utf8(std::string_view text);
  void append(Value str);
  void append(Value str, std::int64_t start, std::int64_t end);
  // Room for `count` characters below 0x100, for the caller to write
  // directly (the fast paths of ASCII text); nullptr after an allocation
  // failure. Precondition: nothing wider was appended.
  unsigned char* append_bytes(std::int64_t count);
  std::int64_t length() const;
  // The str built (the builder is empty afterwards).
  Ref finish();

 private:
  // Room for `extra` more code points at width at least `width`.
  bool reserve(std::int64_t extra, std::uint8_t width);
  Interpreter& interpreter_;
  StrObject* str_ = nullptr;
  bool failed_ = false;
};

void init_str_type(Interpreter& interpreter);
// Frees the str caches (at interpreter shutdown).
void release_str_caches(Interpreter& interpreter);
// The str methods (str_methods.cpp), installed by init_str_type.
void add_str_methods(Interpreter& interpreter);

}  // namespace krait::runtime
