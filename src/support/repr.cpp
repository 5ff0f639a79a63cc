// Support: see repr.h.
#include "support/repr.h"

#include <cstdint>

#include "support/unicode.h"

namespace krait {

namespace {

void append_hex(std::string& out, const char* prefix, std::uint32_t value, int digits) {
  static constexpr char hex_digits[] = "0123456789abcdef";
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex_digits[(value >> shift) & 0xF];
}

// The escapes str and bytes reprs share; false for other characters.
bool append_common_escape(std::string& out, std::uint32_t c, char quote) {
  switch (c) {
    case '\\': out += "\\\\"; return true;
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    default:
      if (c == static_cast<unsigned char>(quote)) {
        out += '\\';
        out += quote;
        return true;
      }
      if (c < ' ' || c == 0x7F) {
        append_hex(out, "\\x", c, 2);
        return true;
      }
      return false;
  }
}

}  // namespace

void append_str_repr_char(std::string& out, char32_t c, char quote) {
  if (append_common_escape(out, c, quote)) return;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (unicode::is_printable(c)) {  // false for surrogates (category Cs)
    unicode::append_utf8(out, c);
  } else if (c <= 0xFF) {
    append_hex(out, "\\x", c, 2);
  } else if (c <= 0xFFFF) {
    append_hex(out, "\\u", c, 4);
  } else {
    append_hex(out, "\\U", c, 8);
  }
}

void append_str_repr(std::string& out, std::string_view utf8) {
  const char quote = repr_quote(utf8.find('\'') != std::string_view::npos, utf8.find('"') != std::string_view::npos);
  out += quote;
  std::size_t position = 0;
  while (position < utf8.size()) {
    const std::size_t start = position;
    const int code_point = unicode::decode_utf8(utf8, position);
    // Krait builds these strings itself, so invalid bytes cannot occur; show
    // one as its byte value rather than failing.
    append_str_repr_char(out, code_point < 0 ? static_cast<unsigned char>(utf8[start]) : static_cast<char32_t>(code_point),
                         quote);
  }
  out += quote;
}

void append_bytes_repr(std::string& out, std::string_view bytes) {
  const char quote = repr_quote(bytes.find('\'') != std::string_view::npos, bytes.find('"') != std::string_view::npos);
  out += 'b';
  out += quote;
  for (char byte : bytes) {
    const auto c = static_cast<unsigned char>(byte);
    if (append_common_escape(out, c, quote)) continue;
    if (c >= 0x80) {
      append_hex(out, "\\x", c, 2);
    } else {
      out += byte;
    }
  }
  out += quote;
}

}  // namespace krait
