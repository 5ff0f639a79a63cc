// Support: Python's repr() of str and bytes (CPython's unicode_repr and
// bytes_repr): the quote choice and the escapes. One implementation for
// every place Krait prints them: the AST dump, the `--tokens` view and the
// runtime's str and bytes types.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace krait {

// One character of a str repr, quoted with `quote`, appended as UTF-8.
void append_str_repr_char(std::string& out, char32_t code_point, char quote);

// The quote repr() picks: ' unless the text holds a ' and no ".
inline char repr_quote(bool has_single_quote, bool has_double_quote) {
  return has_single_quote && !has_double_quote ? '"' : '\'';
}

// repr() of the str whose code points are at(0) ... at(length - 1).
template <class CodePointAt>
void append_str_repr(std::string& out, std::size_t length, CodePointAt at) {
  bool has_single = false;
  bool has_double = false;
  for (std::size_t i = 0; i < length; ++i) {
    const char32_t c = at(i);
    has_single = has_single || c == '\'';
    has_double = has_double || c == '"';
  }
  const char quote = repr_quote(has_single, has_double);
  out += quote;
  for (std::size_t i = 0; i < length; ++i) append_str_repr_char(out, at(i), quote);
  out += quote;
}

// repr() of a str held as UTF-8 (lone surrogates as 3-byte sequences).
void append_str_repr(std::string& out, std::string_view utf8);

// repr() of bytes: b'...'.
void append_bytes_repr(std::string& out, std::string_view bytes);

}  // namespace krait
