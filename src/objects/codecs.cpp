// Objects: UTF-8, ASCII and Latin-1 encoding and decoding (see codecs.h).
#include "objects/codecs.h"

#include <cstdio>
#include <string>

#include "objects/bytes_object.h"
#include "objects/exception_fields.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

// CPython's encodings.normalize_encoding (punctuation runs become one '_',
// lower case) followed by the aliases of the three codecs.
Codec find_codec(std::string_view encoding) {
  std::string name;
  bool punctuation = false;
  for (const char c : encoding) {
    const bool alphanumeric = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '.';
    if (!alphanumeric) {
      punctuation = true;
      continue;
    }
    if (punctuation && !name.empty()) name += '_';
    punctuation = false;
    name += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (const char* alias : {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})
    if (name == alias) return Codec::Utf8;
  for (const char* alias : {"ascii", "646", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                            "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us"})
    if (name == alias) return Codec::Ascii;
  for (const char* alias : {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                            "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987"})
    if (name == alias) return Codec::Latin1;
  return Codec::Unknown;
}

const char* codec_name(Codec codec) {
  switch (codec) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    default: return "latin-1";
  }
}

Ref unknown_encoding(Interpreter& interpreter, std::string_view encoding) {
  return interpreter.raise(interpreter.LookupError_type, "unknown encoding: " + std::string(encoding));
}

Ref unknown_handler(Interpreter& interpreter, std::string_view errors) {
  return interpreter.raise(interpreter.LookupError_type, "unknown error handler name '" + std::string(errors) + "'");
}

bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// Whether `codec` can encode `c` without an error handler.
bool encodable(Codec codec, char32_t c) {
  switch (codec) {
    case Codec::Utf8: return !is_surrogate(c);
    case Codec::Ascii: return c < 0x80;
    default: return c < 0x100;
  }
}

std::string hex_escape(const char* format, unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

// "\xe9", "\u20ac", "\U0001f600": a character as backslashreplace and
// UnicodeEncodeError's text show it.
std::string escaped_character(char32_t c) {
  if (c <= 0xFF) return hex_escape("\\x%02x", c);
  if (c <= 0xFFFF) return hex_escape("\\u%04x", c);
  return hex_escape("\\U%08x", c);
}

// UnicodeEncodeError for the characters [start, end).
Ref encode_error(Interpreter& interpreter, Codec codec, const StrObject* text, std::int64_t start, std::int64_t end) {
  const char* reason = codec == Codec::Utf8    ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  return raise_unicode_error(interpreter, interpreter.UnicodeEncodeError_type, codec_name(codec),
                             Value::object(const_cast<StrObject*>(text)), start, end, reason);
}

void append_encoded(std::string& out, Codec codec, char32_t c) {
  if (codec == Codec::Utf8)
    unicode::append_utf8(out, c);
  else
    out += static_cast<char>(c);
}

// The error handler for the unencodable characters [start, end): appends
// what replaces them, or raises.
bool handle_encode_error(Interpreter& interpreter, Codec codec, std::string_view errors, const StrObject* text,
                         std::int64_t start, std::int64_t end, std::string& out) {
  if (errors == "strict") return static_cast<bool>(encode_error(interpreter, codec, text, start, end));
  if (errors == "ignore") return true;
  if (errors == "replace") {
    out.append(static_cast<std::size_t>(end - start), '?');
    return true;
  }
  if (errors == "backslashreplace" || errors == "xmlcharrefreplace") {
    for (std::int64_t i = start; i < end; ++i)
      out += errors[0] == 'b' ? escaped_character(text->at(i)) : "&#" + std::to_string(text->at(i)) + ";";
    return true;
  }
  if (errors == "surrogateescape" || errors == "surrogatepass") {
    const bool escape = errors == "surrogateescape";
    std::string replaced;
    for (std::int64_t i = start; i < end; ++i) {
      const char32_t c = text->at(i);
      if (escape && c >= 0xDC80 && c <= 0xDCFF)
        replaced += static_cast<char>(c - 0xDC00);
      else if (!escape && codec == Codec::Utf8 && is_surrogate(c))
        unicode::append_utf8(replaced, c);
      else
        return static_cast<bool>(encode_error(interpreter, codec, text, start, end));
    }
    out += replaced;
    return true;
  }
  return static_cast<bool>(unknown_handler(interpreter, errors));
}

// UnicodeDecodeError for the bytes [start, end) of `data`.
Ref decode_error(Interpreter& interpreter, std::string_view encoding, std::string_view data, std::size_t start,
                 std::size_t end, std::string_view reason) {
  Ref object = new_bytes(interpreter, data);
  return raise_unicode_error(interpreter, interpreter.UnicodeDecodeError_type, encoding, object.get(),
                             static_cast<std::int64_t>(start), static_cast<std::int64_t>(end), reason);
}

// UnicodeDecodeError for one byte ASCII cannot decode.
Ref decode_byte_error(Interpreter& interpreter, std::string_view data, std::size_t position) {
  return decode_error(interpreter, "ascii", data, position, position + 1, "ordinal not in range(128)");
}

// The error handler for the undecodable bytes [start, end); `raise` raises
// the strict error.
template <class Raise>
bool handle_decode_error(Interpreter& interpreter, std::string_view errors, std::string_view data, std::size_t start,
                         std::size_t end, StrBuilder& out, Raise raise) {
  if (errors == "strict") return raise();
  if (errors == "ignore") return true;
  if (errors == "replace") {
    out.append(0xFFFD);
    return true;
  }
  if (errors == "backslashreplace") {
    for (std::size_t i = start; i < end; ++i)
      out.append_ascii(hex_escape("\\x%02x", static_cast<unsigned char>(data[i])));
    return true;
  }
  if (errors == "surrogateescape") {
    for (std::size_t i = start; i < end; ++i) {
      const auto byte = static_cast<unsigned char>(data[i]);
      if (byte < 0x80) return raise();
      out.append(static_cast<char32_t>(0xDC00 + byte));
    }
    return true;
  }
  if (errors == "xmlcharrefreplace" || errors == "namereplace") {
    interpreter.set_exception(interpreter.TypeError_type,
                              "don't know how to handle UnicodeDecodeError in error callback");
    return false;
  }
  if (errors == "surrogatepass") return raise();
  return static_cast<bool>(unknown_handler(interpreter, errors));
}

Ref decode_utf8(Interpreter& interpreter, std::string_view data, std::string_view errors) {
  StrBuilder out(interpreter, static_cast<std::int64_t>(data.size()));
  std::size_t position = 0;
  while (position < data.size()) {
    const auto error = unicode::find_utf8_error(data.substr(position));
    const std::size_t valid_end = error ? position + error->start : data.size();
    out.append_utf8(data.substr(position, valid_end - position));
    if (!error) break;
    const unicode::Utf8Error absolute{valid_end, position + error->end, error->reason};
    // surrogatepass reads an encoded surrogate (ED A0..BF xx) as itself.
    if (errors == "surrogatepass" && data.size() - valid_end >= 3 &&
        static_cast<unsigned char>(data[valid_end]) == 0xED &&
        (static_cast<unsigned char>(data[valid_end + 1]) & 0xE0) == 0xA0 &&
        (static_cast<unsigned char>(data[valid_end + 2]) & 0xC0) == 0x80) {
      out.append_utf8(data.substr(valid_end, 3));
      position = valid_end + 3;
      continue;
    }
    const bool handled = handle_decode_error(interpreter, errors, data, absolute.start, absolute.end, out, [&] {
      return static_cast<bool>(decode_error(interpreter, "utf-8", data, absolute.start, absolute.end, absolute.reason));
    });
    if (!handled) return Ref();
    position = absolute.end;
  }
  return out.finish();
}

Ref decode_single_bytes(Interpreter& interpreter, Codec codec, std::string_view data, std::string_view errors) {
  StrBuilder out(interpreter, static_cast<std::int64_t>(data.size()));
  for (std::size_t i = 0; i < data.size(); ++i) {
    const auto byte = static_cast<unsigned char>(data[i]);
    if (byte < 0x80 || codec == Codec::Latin1) {
      out.append(byte);
      continue;
    }
    const bool handled = handle_decode_error(interpreter, errors, data, i, i + 1, out, [&] {
      return static_cast<bool>(decode_byte_error(interpreter, data, i));
    });
    if (!handled) return Ref();
  }
  return out.finish();
}

}  // namespace

Ref encode_text(Interpreter& interpreter, Value text, std::string_view encoding, std::string_view errors) {
  const Codec codec = find_codec(encoding);
  if (codec == Codec::Unknown) return unknown_encoding(interpreter, encoding);
  const StrObject* str = as_str(text);
  if (codec == Codec::Utf8 || str->ascii) {
    // The common case: nothing to handle, the cached UTF-8 is the result.
    bool clean = true;
    if (codec == Codec::Utf8 && !str->ascii)
      for (std::int64_t i = 0; i < str->length && clean; ++i) clean = !is_surrogate(str->at(i));
    if (clean) return new_bytes(interpreter, str_utf8(text));
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(str->length));
  for (std::int64_t i = 0; i < str->length;) {
    const char32_t c = str->at(i);
    if (encodable(codec, c)) {
      append_encoded(out, codec, c);
      ++i;
      continue;
    }
    std::int64_t end = i + 1;
    while (end < str->length && !encodable(codec, str->at(end))) ++end;
    if (!handle_encode_error(interpreter, codec, errors, str, i, end, out)) return Ref();
    i = end;
  }
  return new_bytes(interpreter, out);
}

Ref decode_bytes(Interpreter& interpreter, std::string_view data, std::string_view encoding, std::string_view errors) {
  const Codec codec = find_codec(encoding);
  if (codec == Codec::Unknown) return unknown_encoding(interpreter, encoding);
  if (codec == Codec::Utf8) return decode_utf8(interpreter, data, errors);
  return decode_single_bytes(interpreter, codec, data, errors);
}

bool codec_arguments(Interpreter& interpreter, std::string_view function, Value encoding, Value errors,
                     std::string_view& encoding_out, std::string_view& errors_out) {
  encoding_out = "utf-8";
  errors_out = "strict";
  const Value values[] = {encoding, errors};
  const char* names[] = {"encoding", "errors"};
  std::string_view* outs[] = {&encoding_out, &errors_out};
  for (int i = 0; i < 2; ++i) {
    if (values[i].is_null()) continue;
    if (!is_str(interpreter, values[i])) {
      interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument '" + names[i] +
                                                                "' must be str, not " +
                                                                argument_type_name(interpreter, values[i]));
      return false;
    }
    *outs[i] = str_utf8(values[i]);
  }
  return true;
}

bool bind_codec_arguments(Interpreter& interpreter, std::string_view function, const Value* arguments,
                          std::size_t count, Value kwnames, std::string_view& encoding, std::string_view& errors) {
  Value bound[2];
  return bind_arguments(interpreter, {function, {"encoding", "errors"}, 0, 0, 0}, arguments, count, kwnames, bound) &&
         codec_arguments(interpreter, function, bound[0], bound[1], encoding, errors);
}

Ref str_method_encode(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view encoding, errors;
  if (!bind_codec_arguments(interpreter, "encode", arguments, count, kwnames, encoding, errors)) return Ref();
  return encode_text(interpreter, self, encoding, errors);
}

}  // namespace krait::runtime
