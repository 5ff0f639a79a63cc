// Objects: str. One code-point width per string (1, 2 or 4 bytes, as PEP
// 393), chosen from the widest character, for O(1) indexing; the UTF-8 form
// is cached for output (for ASCII strings it is the data itself).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct StrObject : Object {
  std::int64_t length = 0;     // in code points
  std::int64_t hash = -1;      // -1: not computed yet
  std::uint8_t width = 1;      // bytes per code point: 1, 2 or 4
  bool ascii = true;
  char* utf8 = nullptr;        // cached UTF-8 (points into the data when ascii)
  std::size_t utf8_length = 0;

  // The code points follow the header.
  unsigned char* data() { return reinterpret_cast<unsigned char*>(this + 1); }
  const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(this + 1); }
  char32_t at(std::int64_t index) const;
};

inline StrObject* as_str(Value value) { return static_cast<StrObject*>(value.as_object()); }

// A str from UTF-8 (encoded surrogates accepted, as literals may hold them).
Ref new_str(Interpreter& interpreter, std::string_view utf8);
// The UTF-8 text of a str (cached on the object).
std::string_view str_utf8(Value str);
bool str_equal(Value a, Value b);
std::int64_t str_hash(Value str);
// repr(str) with CPython's choice of quotes and escapes.
std::string str_repr_text(Value str);

void init_str_type(Interpreter& interpreter);

}  // namespace krait::runtime
