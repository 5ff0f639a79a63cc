// Native modules: binascii (CPython's Modules/binascii.c), conversions
// between binary data and ASCII that base64, quopri, uu, email and the hex
// codec build on: uuencode lines, base64 (with 3.11's strict mode), hex
// with separators, quoted-printable, and the CRC-32 and CRC-CCITT checksums.
#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "modules/module_support.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/module_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

Ref raise_error(Interpreter& interpreter, std::string_view message) {
  return interpreter.raise(class_type(interpreter.binascii.error), message);
}

Ref new_bytes(Interpreter& interpreter, const std::string& data) { return runtime::new_bytes(interpreter, data); }

// An optional flag argument (null: `fallback`).
bool optional_flag(Interpreter& interpreter, Value value, bool fallback, bool& out) {
  out = fallback;
  return value.is_null() || flag_argument(interpreter, value, out);
}

// ---- uuencode ----------------------------------------------------------------

// a2b_uu(data, /): one line; its first character is the length in bytes.
Ref binascii_a2b_uu(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "a2b_uu", count, kwnames)) return Ref();
  std::string_view ascii;
  if (!ascii_buffer_argument(interpreter, arguments[0], ascii)) return Ref();
  // An empty line reads as the NUL after it, as CPython reads its buffer.
  std::size_t position = 0;
  const auto at = [&](std::size_t i) { return i < ascii.size() ? static_cast<unsigned char>(ascii[i]) : 0; };
  std::size_t length = (at(position++) - ' ') & 077;
  std::string out;
  out.reserve(length);
  unsigned leftchar = 0;
  int leftbits = 0;
  for (; length > 0; ++position) {
    unsigned char c = at(position);
    // Missing characters at the end (spaces some mailers strip) read as 0.
    if (c == '\n' || c == '\r' || position >= ascii.size()) {
      c = 0;
    } else {
      // ' ' + 64 ('`') is accepted: some encoders write it for zero.
      if (c < ' ' || c > ' ' + 64) return raise_error(interpreter, "Illegal char");
      c = (c - ' ') & 077;
    }
    leftchar = (leftchar << 6) | c;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out += static_cast<char>((leftchar >> leftbits) & 0xff);
      leftchar &= (1u << leftbits) - 1;
      --length;
    }
  }
  for (; position < ascii.size(); ++position) {
    const char c = ascii[position];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return raise_error(interpreter, "Trailing garbage");
  }
  return new_bytes(interpreter, out);
}

// b2a_uu(data, /, *, backtick=False): at most 45 bytes, one line.
Ref binascii_b2a_uu(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"b2a_uu", {"data", "backtick"}, 1, 1, 1}, arguments, count, kwnames,
                               values))
    return Ref();
  bool backtick = false;
  std::string_view data;
  if (!runtime::require_byte_view(interpreter, values[0], data) ||
      !optional_flag(interpreter, values[1], false, backtick))
    return Ref();
  if (data.size() > 45) return raise_error(interpreter, "At most 45 bytes at once");
  const auto encode = [backtick](unsigned value) {
    return static_cast<char>(backtick && value == 0 ? '`' : ' ' + value);
  };
  std::string out(1, encode(static_cast<unsigned>(data.size())));
  unsigned leftchar = 0;
  int leftbits = 0;
  for (std::size_t i = 0; i < data.size() || leftbits != 0; ++i) {
    leftchar = (leftchar << 8) | (i < data.size() ? static_cast<unsigned char>(data[i]) : 0);
    leftbits += 8;
    while (leftbits >= 6) {
      leftbits -= 6;
      out += encode((leftchar >> leftbits) & 0x3f);
    }
    leftchar &= (1u << leftbits) - 1;
  }
  out += '\n';
  return new_bytes(interpreter, out);
}

// ---- base64 --------------------------------------------------------------------

constexpr char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The value of each base64 character; 64 for any other byte.
struct Base64Table {
  unsigned char values[256];
  constexpr Base64Table() : values() {
    for (unsigned char& value : values) value = 64;
    for (unsigned char i = 0; i < 64; ++i) values[static_cast<unsigned char>(base64_alphabet[i])] = i;
  }
};
constexpr Base64Table base64_table;

// a2b_base64(data, /, *, strict_mode=False). Other characters are skipped,
// and the first complete padding ends the data, unless strict_mode, which
// allows only the alphabet and padding at the end.
Ref binascii_a2b_base64(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"a2b_base64", {"data", "strict_mode"}, 1, 1, 1}, arguments, count, kwnames,
                               values))
    return Ref();
  std::string_view ascii;
  bool strict = false;
  if (!ascii_buffer_argument(interpreter, values[0], ascii) || !optional_flag(interpreter, values[1], false, strict))
    return Ref();
  if (strict && !ascii.empty() && ascii[0] == '=') return raise_error(interpreter, "Leading padding not allowed");
  std::string out;
  out.reserve(ascii.size() / 4 * 3 + 3);
  int quad_position = 0;
  unsigned leftchar = 0;
  int pads = 0;
  bool padding_started = false;
  for (std::size_t i = 0; i < ascii.size(); ++i) {
    const auto c = static_cast<unsigned char>(ascii[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad_position == 0) return raise_error(interpreter, "Excess padding not allowed");
      if (quad_position >= 2 && quad_position + ++pads >= 4) {
        // Complete padding: the end of the data.
        if (strict && i + 1 < ascii.size()) return raise_error(interpreter, "Excess data after padding");
        return new_bytes(interpreter, out);
      }
      continue;
    }
    const unsigned value = base64_table.values[c];
    if (value >= 64) {
      if (strict) return raise_error(interpreter, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return raise_error(interpreter, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad_position) {
      case 0:
        leftchar = value;
        break;
      case 1:
        out += static_cast<char>((leftchar << 2) | (value >> 4));
        leftchar = value & 0x0f;
        break;
      case 2:
        out += static_cast<char>((leftchar << 4) | (value >> 2));
        leftchar = value & 0x03;
        break;
      default:
        out += static_cast<char>((leftchar << 6) | value);
        break;
    }
    quad_position = (quad_position + 1) % 4;
  }
  if (quad_position == 1)
    return raise_error(interpreter, "Invalid base64-encoded string: number of data characters (" +
                                        std::to_string(out.size() / 3 * 4 + 1) +
                                        ") cannot be 1 more than a multiple of 4");
  if (quad_position != 0) return raise_error(interpreter, "Incorrect padding");
  return new_bytes(interpreter, out);
}

// b2a_base64(data, /, *, newline=True).
Ref binascii_b2a_base64(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"b2a_base64", {"data", "newline"}, 1, 1, 1}, arguments, count, kwnames,
                               values))
    return Ref();
  std::string_view data;
  bool newline = true;
  if (!runtime::require_byte_view(interpreter, values[0], data) ||
      !optional_flag(interpreter, values[1], true, newline))
    return Ref();
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  std::size_t i = 0;
  for (; i + 3 <= data.size(); i += 3) {
    const unsigned group = static_cast<unsigned char>(data[i]) << 16 | static_cast<unsigned char>(data[i + 1]) << 8 |
                           static_cast<unsigned char>(data[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out += base64_alphabet[(group >> shift) & 0x3f];
  }
  if (i < data.size()) {
    // One or two bytes left: two or three characters, then padding.
    const bool two = i + 1 < data.size();
    const unsigned group =
        static_cast<unsigned char>(data[i]) << 16 | (two ? static_cast<unsigned char>(data[i + 1]) << 8 : 0);
    out += base64_alphabet[(group >> 18) & 0x3f];
    out += base64_alphabet[(group >> 12) & 0x3f];
    out += two ? base64_alphabet[(group >> 6) & 0x3f] : '=';
    out += '=';
  }
  if (newline) out += '\n';
  return new_bytes(interpreter, out);
}

// ---- checksums -------------------------------------------------------------------

// CRC-CCITT (polynomial 0x1021), the CRC of BinHex files.
constexpr std::uint16_t crc_hqx_table[256] = {
    0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5, 0x60c6, 0x70e7, 0x8108, 0x9129, 0xa14a, 0xb16b, 0xc18c, 0xd1ad,
    0xe1ce, 0xf1ef, 0x1231, 0x0210, 0x3273, 0x2252, 0x52b5, 0x4294, 0x72f7, 0x62d6, 0x9339, 0x8318, 0xb37b, 0xa35a,
    0xd3bd, 0xc39c, 0xf3ff, 0xe3de, 0x2462, 0x3443, 0x0420, 0x1401, 0x64e6, 0x74c7, 0x44a4, 0x5485, 0xa56a, 0xb54b,
    0x8528, 0x9509, 0xe5ee, 0xf5cf, 0xc5ac, 0xd58d, 0x3653, 0x2672, 0x1611, 0x0630, 0x76d7, 0x66f6, 0x5695, 0x46b4,
    0xb75b, 0xa77a, 0x9719, 0x8738, 0xf7df, 0xe7fe, 0xd79d, 0xc7bc, 0x48c4, 0x58e5, 0x6886, 0x78a7, 0x0840, 0x1861,
    0x2802, 0x3823, 0xc9cc, 0xd9ed, 0xe98e, 0xf9af, 0x8948, 0x9969, 0xa90a, 0xb92b, 0x5af5, 0x4ad4, 0x7ab7, 0x6a96,
    0x1a71, 0x0a50, 0x3a33, 0x2a12, 0xdbfd, 0xcbdc, 0xfbbf, 0xeb9e, 0x9b79, 0x8b58, 0xbb3b, 0xab1a, 0x6ca6, 0x7c87,
    0x4ce4, 0x5cc5, 0x2c22, 0x3c03, 0x0c60, 0x1c41, 0xedae, 0xfd8f, 0xcdec, 0xddcd, 0xad2a, 0xbd0b, 0x8d68, 0x9d49,
    0x7e97, 0x6eb6, 0x5ed5, 0x4ef4, 0x3e13, 0x2e32, 0x1e51, 0x0e70, 0xff9f, 0xefbe, 0xdfdd, 0xcffc, 0xbf1b, 0xaf3a,
    0x9f59, 0x8f78, 0x9188, 0x81a9, 0xb1ca, 0xa1eb, 0xd10c, 0xc12d, 0xf14e, 0xe16f, 0x1080, 0x00a1, 0x30c2, 0x20e3,
    0x5004, 0x4025, 0x7046, 0x6067, 0x83b9, 0x9398, 0xa3fb, 0xb3da, 0xc33d, 0xd31c, 0xe37f, 0xf35e, 0x02b1, 0x1290,
    0x22f3, 0x32d2, 0x4235, 0x5214, 0x6277, 0x7256, 0xb5ea, 0xa5cb, 0x95a8, 0x8589, 0xf56e, 0xe54f, 0xd52c, 0xc50d,
    0x34e2, 0x24c3, 0x14a0, 0x0481, 0x7466, 0x6447, 0x5424, 0x4405, 0xa7db, 0xb7fa, 0x8799, 0x97b8, 0xe75f, 0xf77e,
    0xc71d, 0xd73c, 0x26d3, 0x36f2, 0x0691, 0x16b0, 0x6657, 0x7676, 0x4615, 0x5634, 0xd94c, 0xc96d, 0xf90e, 0xe92f,
    0x99c8, 0x89e9, 0xb98a, 0xa9ab, 0x5844, 0x4865, 0x7806, 0x6827, 0x18c0, 0x08e1, 0x3882, 0x28a3, 0xcb7d, 0xdb5c,
    0xeb3f, 0xfb1e, 0x8bf9, 0x9bd8, 0xabbb, 0xbb9a, 0x4a75, 0x5a54, 0x6a37, 0x7a16, 0x0af1, 0x1ad0, 0x2ab3, 0x3a92,
    0xfd2e, 0xed0f, 0xdd6c, 0xcd4d, 0xbdaa, 0xad8b, 0x9de8, 0x8dc9, 0x7c26, 0x6c07, 0x5c64, 0x4c45, 0x3ca2, 0x2c83,
    0x1ce0, 0x0cc1, 0xef1f, 0xff3e, 0xcf5d, 0xdf7c, 0xaf9b, 0xbfba, 0x8fd9, 0x9ff8, 0x6e17, 0x7e36, 0x4e55, 0x5e74,
    0x2e93, 0x3eb2, 0x0ed1, 0x1ef0,
};

// crc_hqx(data, crc, /).
Ref binascii_crc_hqx(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "crc_hqx", kwnames) ||
      !runtime::check_argument_count(interpreter, "crc_hqx", count, 2, 2))
    return Ref();
  std::string_view data;
  std::uint64_t start = 0;
  if (!runtime::require_byte_view(interpreter, arguments[0], data) ||
      !bitwise_unsigned_argument(interpreter, arguments[1], start))
    return Ref();
  unsigned crc = start & 0xffff;
  for (const char byte : data)
    crc = ((crc << 8) & 0xff00) ^ crc_hqx_table[((crc >> 8) & 0xff) ^ static_cast<unsigned char>(byte)];
  return Ref::small_int(crc);
}

// ---- hex ---------------------------------------------------------------------------

// b2a_hex(data, sep=<none>, bytes_per_sep=1), also hexlify.
template <const char* name>
Ref binascii_b2a_hex(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[3];
  if (!runtime::bind_arguments(interpreter, {name, {"data", "sep", "bytes_per_sep"}, 0, 0, 1}, arguments, count,
                               kwnames, values))
    return Ref();
  std::string_view data;
  char separator = 0;
  int per_group = 0;
  if (!runtime::require_byte_view(interpreter, values[0], data) ||
      !runtime::hex_separator_arguments(interpreter, values[1], values[2], true, separator, per_group))
    return Ref();
  return new_bytes(interpreter, runtime::hex_text(data, separator, per_group));
}
constexpr char b2a_hex_name[] = "b2a_hex";
constexpr char hexlify_name[] = "hexlify";

int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// a2b_hex(hexstr, /), also unhexlify.
template <const char* name>
Ref binascii_a2b_hex(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, name, count, kwnames)) return Ref();
  std::string_view text;
  if (!ascii_buffer_argument(interpreter, arguments[0], text)) return Ref();
  if (text.size() % 2) return raise_error(interpreter, "Odd-length string");
  std::string out(text.size() / 2, '\0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int high = hex_digit_value(text[2 * i]), low = hex_digit_value(text[2 * i + 1]);
    if (high < 0 || low < 0) return raise_error(interpreter, "Non-hexadecimal digit found");
    out[i] = static_cast<char>(high << 4 | low);
  }
  return new_bytes(interpreter, out);
}
constexpr char a2b_hex_name[] = "a2b_hex";
constexpr char unhexlify_name[] = "unhexlify";

// ---- quoted-printable ---------------------------------------------------------------

// Lines of encoded text are at most this long (RFC 2045), soft breaks
// included.
constexpr unsigned max_line_size = 76;

// a2b_qp(data, header=False): "=XX" escapes and soft line breaks ("=" at
// the end of a line) decoded; with header, '_' is a space (RFC 2047).
Ref binascii_a2b_qp(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"a2b_qp", {"data", "header"}, 0, 0, 1}, arguments, count, kwnames, values))
    return Ref();
  std::string_view in;
  bool header = false;
  if (!ascii_buffer_argument(interpreter, values[0], in) || !optional_flag(interpreter, values[1], false, header))
    return Ref();
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0;
  while (i < in.size()) {
    if (in[i] == '=') {
      if (++i >= in.size()) break;
      if (in[i] == '\n' || in[i] == '\r') {
        // A soft line break: up to and including the newline.
        while (i < in.size() && in[i] != '\n') ++i;
        if (i < in.size()) ++i;
      } else if (in[i] == '=') {
        // "==", which broken encoders write for '='.
        out += '=';
        ++i;
      } else if (i + 1 < in.size() && hex_digit_value(in[i]) >= 0 && hex_digit_value(in[i + 1]) >= 0) {
        out += static_cast<char>(hex_digit_value(in[i]) << 4 | hex_digit_value(in[i + 1]));
        i += 2;
      } else {
        out += '=';
      }
    } else if (header && in[i] == '_') {
      out += ' ';
      ++i;
    } else {
      out += in[i++];
    }
  }
  return new_bytes(interpreter, out);
}

// b2a_qp(data, quotetabs=False, istext=True, header=False). Line ends
// are all written as the first one in the data is (CRLF or LF).
Ref binascii_b2a_qp(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[4];
  if (!runtime::bind_arguments(interpreter, {"b2a_qp", {"data", "quotetabs", "istext", "header"}, 0, 0, 1}, arguments,
                               count, kwnames, values))
    return Ref();
  std::string_view in;
  bool quote_tabs = false, text = true, header = false;
  if (!runtime::require_byte_view(interpreter, values[0], in) ||
      !optional_flag(interpreter, values[1], false, quote_tabs) || !optional_flag(interpreter, values[2], true, text) ||
      !optional_flag(interpreter, values[3], false, header))
    return Ref();
  const std::size_t first_newline = in.find('\n');
  const bool crlf = first_newline != std::string_view::npos && first_newline > 0 && in[first_newline - 1] == '\r';
  const char* line_end = crlf ? "\r\n" : "\n";
  const auto byte = [&](std::size_t i) { return i < in.size() ? static_cast<unsigned char>(in[i]) : 0; };
  static constexpr char digits[] = "0123456789ABCDEF";
  const auto append_escape = [](std::string& out, unsigned char c) {
    out += '=';
    out += digits[c >> 4];
    out += digits[c & 15];
  };
  std::string out;
  unsigned line_length = 0;
  std::size_t i = 0;
  while (i < in.size()) {
    const unsigned char c = byte(i);
    const bool escaped = c > 126 || c == '=' || (header && c == '_') ||
                         (c == '.' && line_length == 0 &&
                          (i + 1 == in.size() || byte(i + 1) == '\n' || byte(i + 1) == '\r' || byte(i + 1) == 0)) ||
                         (!text && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && i + 1 == in.size()) ||
                         (c < 33 && c != '\r' && c != '\n' && (quote_tabs || (c != '\t' && c != ' ')));
    if (escaped) {
      if (line_length + 3 >= max_line_size) {
        out += '=';
        out += line_end;
        line_length = 0;
      }
      append_escape(out, c);
      ++i;
      line_length += 3;
    } else if (text && (c == '\n' || (i + 1 < in.size() && c == '\r' && byte(i + 1) == '\n'))) {
      line_length = 0;
      // Whitespace at the end of a line is escaped, or it would be lost.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        const auto last = static_cast<unsigned char>(out.back());
        out.pop_back();
        append_escape(out, last);
      }
      out += line_end;
      i += c == '\r' ? 2 : 1;
    } else {
      if (i + 1 != in.size() && byte(i + 1) != '\n' && line_length + 1 >= max_line_size) {
        out += '=';
        out += line_end;
        line_length = 0;
      }
      ++line_length;
      out += header && c == ' ' ? '_' : static_cast<char>(c);
      ++i;
    }
  }
  return new_bytes(interpreter, out);
}

Ref binascii_crc32(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return checksum(interpreter, "crc32", &crc32, 0, arguments, count, kwnames);
}

}  // namespace

Ref create_binascii_module(Interpreter& interpreter) {
  auto& state = interpreter.binascii;
  if (!state.error) {
    state.error = new_exception_class(interpreter, "binascii", "Error", interpreter.ValueError_type);
    if (!state.error) return Ref();
    state.incomplete = new_exception_class(interpreter, "binascii", "Incomplete", interpreter.Exception_type);
    if (!state.incomplete) return Ref();
  }
  Ref module = runtime::new_module(interpreter, "binascii");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"a2b_uu", &binascii_a2b_uu},
                                 {"b2a_uu", &binascii_b2a_uu},
                                 {"a2b_base64", &binascii_a2b_base64},
                                 {"b2a_base64", &binascii_b2a_base64},
                                 {"crc_hqx", &binascii_crc_hqx},
                                 {"crc32", &binascii_crc32},
                                 {"b2a_hex", &binascii_b2a_hex<b2a_hex_name>},
                                 {"hexlify", &binascii_b2a_hex<hexlify_name>},
                                 {"a2b_hex", &binascii_a2b_hex<a2b_hex_name>},
                                 {"unhexlify", &binascii_a2b_hex<unhexlify_name>},
                                 {"a2b_qp", &binascii_a2b_qp},
                                 {"b2a_qp", &binascii_b2a_qp}});
  runtime::module_set(interpreter, module.get(), "Error", state.error.get());
  runtime::module_set(interpreter, module.get(), "Incomplete", state.incomplete.get());
  return module;
}

}  // namespace krait::modules
