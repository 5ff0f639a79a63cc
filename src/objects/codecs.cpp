// Objects: UTF-8, UTF-16, UTF-32, ASCII and Latin-1 encoding and decoding
// (see codecs.h).
#include "objects/codecs.h"

#include <cstdio>
#include <string>

#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/exception_fields.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

// The UTF-16 and UTF-32 codecs without a byte order write no BOM and read
// none; Utf16 and Utf32 write one (and little-endian units) and read one
// when present (else little-endian).
enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, Unknown };

bool is_utf16(Codec codec) { return codec == Codec::Utf16 || codec == Codec::Utf16Le || codec == Codec::Utf16Be; }
bool is_utf32(Codec codec) { return codec == Codec::Utf32 || codec == Codec::Utf32Le || codec == Codec::Utf32Be; }
bool big_endian(Codec codec) { return codec == Codec::Utf16Be || codec == Codec::Utf32Be; }

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
  struct Alias {
    const char* name;
    Codec codec;
  };
  static constexpr Alias unicode_aliases[] = {
      {"utf_16", Codec::Utf16},      {"utf16", Codec::Utf16},       {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16Le}, {"utf_16le", Codec::Utf16Le},  {"unicodelittleunmarked", Codec::Utf16Le},
      {"utf_16_be", Codec::Utf16Be}, {"utf_16be", Codec::Utf16Be},  {"unicodebigunmarked", Codec::Utf16Be},
      {"utf_32", Codec::Utf32},      {"utf32", Codec::Utf32},       {"u32", Codec::Utf32},
      {"utf_32_le", Codec::Utf32Le}, {"utf_32le", Codec::Utf32Le},  {"utf_32_be", Codec::Utf32Be},
      {"utf_32be", Codec::Utf32Be},
  };
  for (const Alias& alias : unicode_aliases)
    if (name == alias.name) return alias.codec;
  return Codec::Unknown;
}

const char* codec_name(Codec codec) {
  switch (codec) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16Le: return "utf-16-le";
    case Codec::Utf16Be: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32Le: return "utf-32-le";
    case Codec::Utf32Be: return "utf-32-be";
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
    case Codec::Ascii: return c < 0x80;
    case Codec::Latin1: return c < 0x100;
    default: return !is_surrogate(c);
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
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  return raise_unicode_error(interpreter, interpreter.UnicodeEncodeError_type, codec_name(codec),
                             Value::object(const_cast<StrObject*>(text)), start, end, reason);
}

// A code unit of `size` bytes in the codec's byte order.
void append_unit(std::string& out, Codec codec, std::uint32_t unit, int size) {
  for (int i = 0; i < size; ++i) {
    const int shift = big_endian(codec) ? 8 * (size - 1 - i) : 8 * i;
    out += static_cast<char>((unit >> shift) & 0xFF);
  }
}

// Appends `c` encoded (a surrogate too: surrogatepass writes them).
void append_encoded(std::string& out, Codec codec, char32_t c) {
  if (codec == Codec::Utf8) {
    unicode::append_utf8(out, c);
  } else if (is_utf16(codec)) {
    if (c >= 0x10000) {
      append_unit(out, codec, 0xD800 + ((c - 0x10000) >> 10), 2);
      append_unit(out, codec, 0xDC00 + ((c - 0x10000) & 0x3FF), 2);
    } else {
      append_unit(out, codec, c, 2);
    }
  } else if (is_utf32(codec)) {
    append_unit(out, codec, c, 4);
  } else {
    out += static_cast<char>(c);
  }
}

// The ASCII text of an error handler's replacement, encoded.
void append_replacement(std::string& out, Codec codec, std::string_view text) {
  for (const char c : text) append_encoded(out, codec, static_cast<unsigned char>(c));
}

// The error handler for the unencodable characters [start, end): appends
// what replaces them, or raises.
bool handle_encode_error(Interpreter& interpreter, Codec codec, std::string_view errors, const StrObject* text,
                         std::int64_t start, std::int64_t end, std::string& out) {
  if (errors == "strict") return static_cast<bool>(encode_error(interpreter, codec, text, start, end));
  if (errors == "ignore") return true;
  if (errors == "replace") {
    append_replacement(out, codec, std::string(static_cast<std::size_t>(end - start), '?'));
    return true;
  }
  if (errors == "backslashreplace" || errors == "xmlcharrefreplace") {
    for (std::int64_t i = start; i < end; ++i)
      append_replacement(out, codec,
                         errors[0] == 'b' ? escaped_character(text->at(i)) : "&#" + std::to_string(text->at(i)) + ";");
    return true;
  }
  if (errors == "surrogateescape" || errors == "surrogatepass") {
    const bool escape = errors == "surrogateescape";
    std::string replaced;
    for (std::int64_t i = start; i < end; ++i) {
      const char32_t c = text->at(i);
      const bool unicode_codec = codec == Codec::Utf8 || is_utf16(codec) || is_utf32(codec);
      if (escape && !is_utf16(codec) && !is_utf32(codec) && c >= 0xDC80 && c <= 0xDCFF)
        replaced += static_cast<char>(c - 0xDC00);
      else if (!escape && unicode_codec && is_surrogate(c))
        append_encoded(replaced, codec, c);
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
                         std::size_t end, StrBuilder& out, Raise raise, std::size_t& resume) {
  resume = end;
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
    // The bytes up to the first ASCII one are escaped and decoding resumes
    // there (CPython's handler consumes what it can); none: the error.
    for (std::size_t i = start; i < end; ++i) {
      const auto byte = static_cast<unsigned char>(data[i]);
      if (byte < 0x80) {
        if (i == start) return raise();
        resume = i;
        return true;
      }
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
    std::size_t resume = 0;
    const bool handled = handle_decode_error(
        interpreter, errors, data, absolute.start, absolute.end, out,
        [&] {
          return static_cast<bool>(decode_error(interpreter, "utf-8", data, absolute.start, absolute.end, absolute.reason));
        },
        resume);
    if (!handled) return Ref();
    position = resume;
  }
  return out.finish();
}

// A code unit of `size` bytes at `data` in the given byte order.
std::uint32_t read_unit(const char* data, int size, bool big) {
  std::uint32_t unit = 0;
  for (int i = 0; i < size; ++i) {
    const auto byte = static_cast<unsigned char>(data[big ? i : size - 1 - i]);
    unit = (unit << 8) | byte;
  }
  return unit;
}

// The byte order of a UTF-16/32 decode: the codec's, or for the codecs with
// a BOM the one a BOM at the start names (`position` moves past it),
// little-endian without.
bool decode_byte_order(Codec codec, std::string_view data, std::size_t& position) {
  if (codec != Codec::Utf16 && codec != Codec::Utf32) return big_endian(codec);
  const int size = codec == Codec::Utf16 ? 2 : 4;
  if (data.size() < static_cast<std::size_t>(size)) return false;
  for (const bool big : {false, true}) {
    if (read_unit(data.data(), size, big) == 0xFEFF) {
      position = static_cast<std::size_t>(size);
      return big;
    }
  }
  return false;
}

// UTF-16 and UTF-32 (CPython's PyUnicode_DecodeUTF16Stateful / UTF32): the
// errors name the codec of the byte order found ('utf-16-le' ...).
Ref decode_wide(Interpreter& interpreter, Codec codec, std::string_view data, std::string_view errors) {
  std::size_t position = 0;
  const bool big = decode_byte_order(codec, data, position);
  const bool sixteen = is_utf16(codec);
  const int size = sixteen ? 2 : 4;
  const char* name = sixteen ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
  StrBuilder out(interpreter, static_cast<std::int64_t>(data.size() / size));
  while (position < data.size()) {
    std::size_t end = position + size;
    const char* reason = nullptr;
    char32_t c = 0;
    if (end > data.size()) {
      end = data.size();
      reason = "truncated data";
    } else if (!sixteen) {
      c = read_unit(data.data() + position, 4, big);
      if (c > 0x10FFFF)
        reason = "code point not in range(0x110000)";
      else if (is_surrogate(c) && errors != "surrogatepass")
        reason = "code point in surrogate code point range(0xd800, 0xe000)";
    } else {
      c = read_unit(data.data() + position, 2, big);
      if (c >= 0xD800 && c <= 0xDBFF) {
        if (data.size() - end < 2) {
          end = data.size();
          reason = "unexpected end of data";
        } else {
          const char32_t low = read_unit(data.data() + end, 2, big);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            end += 2;
          } else {
            reason = "illegal UTF-16 surrogate";
          }
        }
      } else if (c >= 0xDC00 && c <= 0xDFFF) {
        reason = "illegal encoding";
      }
      if (reason && errors == "surrogatepass" && std::string_view(reason) != "truncated data") {
        end = position + 2;
        reason = nullptr;
      }
    }
    if (!reason) {
      out.append(c);
    } else {
      std::size_t resume = 0;
      const bool handled = handle_decode_error(
          interpreter, errors, data, position, end, out,
          [&] { return static_cast<bool>(decode_error(interpreter, name, data, position, end, reason)); }, resume);
      if (!handled) return Ref();
      end = resume;
    }
    position = end;
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
    std::size_t resume = 0;  // one byte: always past it
    const bool handled = handle_decode_error(
        interpreter, errors, data, i, i + 1, out,
        [&] { return static_cast<bool>(decode_byte_error(interpreter, data, i)); }, resume);
    if (!handled) return Ref();
  }
  return out.finish();
}

// str.encode / bytes.decode by a codec of the registry (encodings.cp1252
// ...): its result must be bytes (str), as PyUnicode_AsEncodedString checks.
Ref registry_code(Interpreter& interpreter, Value input, std::string_view encoding, std::string_view errors,
                  bool encoding_direction) {
  Ref info = codec_lookup(interpreter, encoding);
  if (!info) return Ref();
  const char* verb = encoding_direction ? "encode" : "decode";
  Ref is_text;
  const int found = lookup_attribute(interpreter, info.get(), interpreter.intern("_is_text_encoding"), is_text);
  if (found < 0) return Ref();
  if (found) {
    const int truth_value = truth(interpreter, is_text.get());
    if (truth_value < 0) return Ref();
    if (!truth_value)
      return interpreter.raise(interpreter.LookupError_type, "'" + std::string(encoding) +
                                                                 "' is not a text encoding; use codecs." + verb +
                                                                 "() to handle arbitrary codecs");
  }
  if (!is_subtype(type_of(interpreter, info.get()), interpreter.tuple_type) || as_tuple(info.get())->size < 2)
    return interpreter.raise(interpreter.TypeError_type, "codec search functions must return 4-tuples");
  Ref result = run_codec(interpreter, info.get(), input, encoding, errors, encoding_direction);
  if (!result) return Ref();
  const Value output = result.get();
  const bool right_type = encoding_direction ? is_bytes(interpreter, output) : is_str(interpreter, output);
  if (!right_type)
    return interpreter.raise(interpreter.TypeError_type,
                             "'" + std::string(encoding) + "' " + verb + "r returned '" +
                                 type_of(interpreter, output)->name + "' instead of '" +
                                 (encoding_direction ? "bytes" : "str") + "'; use codecs." + verb + "() to " + verb +
                                 " to arbitrary types");
  return result;
}

// The pending exception, when a new one of its type can say the same with
// a prefix -- no state beyond args of at most one str, no attributes -- is
// replaced by "`prefix` (Type: message)", caused by it (CPython's
// _PyErr_TrySetFromCause).
void wrap_pending_error(Interpreter& interpreter, const std::string& prefix) {
  const Value pending = interpreter.exception();
  Type* type = type_of(interpreter, pending);
  const Type* base = interpreter.BaseException_type;
  if (!is_exception(interpreter, pending) || type->initialize != base->initialize || type->construct != base->construct)
    return;
  const ExceptionObject* exception = as_exception(pending);
  if (exception->fields || exception->payload) return;
  const auto* args = as_tuple(exception->args.get());
  if (args->size > 1 || (args->size == 1 && !is_str(interpreter, args->items()[0]))) return;
  if (!instance_dict_empty(pending)) return;
  Ref cause = interpreter.take_exception();
  Ref text = str(interpreter, cause.get());
  if (!text) return;
  interpreter.set_exception(type, prefix + " (" + type->name + ": " + std::string(str_utf8(text.get())) + ")");
  ExceptionObject* wrapped = as_exception(interpreter.exception());
  wrapped->cause = std::move(cause);
  wrapped->suppress_context = true;
}

// CPython's normalizestring: lower case, spaces and hyphens as underscores.
std::string normalized_codec_name(std::string_view encoding) {
  std::string name;
  for (const char c : encoding) name += c == ' ' || c == '-' ? '_' : (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  return name;
}

}  // namespace

Ref run_codec(Interpreter& interpreter, Value info, Value input, std::string_view encoding, std::string_view errors,
              bool encoding_direction) {
  Ref errors_text = new_str(interpreter, errors);
  const Value arguments[] = {input, errors_text.get()};
  Ref result = call(interpreter, as_tuple(info)->items()[encoding_direction ? 0 : 1], arguments, 2);
  if (!result) {
    wrap_pending_error(interpreter, std::string(encoding_direction ? "encoding" : "decoding") + " with '" +
                                        std::string(encoding) + "' codec failed");
    return Ref();
  }
  if (!is_subtype(type_of(interpreter, result.get()), interpreter.tuple_type) || as_tuple(result.get())->size != 2)
    return interpreter.raise(interpreter.TypeError_type, encoding_direction
                                                             ? "encoder must return a tuple (object, integer)"
                                                             : "decoder must return a tuple (object, integer)");
  return Ref::borrow(as_tuple(result.get())->items()[0]);
}

bool codec_registry_ready(Interpreter& interpreter) {
  auto& registry = interpreter.codecs;
  if (registry.search_functions) return true;
  registry.search_functions = new_list(interpreter, {});
  registry.cache = new_dict(interpreter);
  registry.error_handlers = new_dict(interpreter);
  return true;
}

bool is_builtin_codec(std::string_view encoding) { return find_codec(encoding) != Codec::Unknown; }

Ref codec_lookup(Interpreter& interpreter, std::string_view encoding) {
  if (!codec_registry_ready(interpreter)) return Ref();
  auto& registry = interpreter.codecs;
  Ref key = new_str(interpreter, normalized_codec_name(encoding));
  Value cached;
  const int found = dict_lookup(interpreter, registry.cache.get(), key.get(), cached);
  if (found < 0) return Ref();
  if (found) return Ref::borrow(cached);
  // The encodings package registers its search function when imported, as
  // CPython's interpreter start imports it (also after codecs.register()).
  const Value loaded = interpreter.modules ? dict_get_str(interpreter.modules.get(), interpreter.intern("encodings")) : Value();
  if (loaded.is_null() && !import_module(interpreter, "encodings")) return Ref();
  // The search functions may register others while being called: walk a copy.
  Ref functions = new_list(interpreter, as_list(registry.search_functions.get())->items);
  for (const Value function : as_list(functions.get())->items) {
    const Value argument = key.get();
    Ref result = call(interpreter, function, &argument, 1);
    if (!result) return Ref();
    if (result.get() == interpreter.none()) continue;
    if (!is_subtype(type_of(interpreter, result.get()), interpreter.tuple_type) || as_tuple(result.get())->size != 4)
      return interpreter.raise(interpreter.TypeError_type, "codec search functions must return 4-tuples");
    if (!dict_set_item(interpreter, registry.cache.get(), key.get(), result.get())) return Ref();
    return result;
  }
  return unknown_encoding(interpreter, encoding);
}

Ref encode_text(Interpreter& interpreter, Value text, std::string_view encoding, std::string_view errors) {
  const Codec codec = find_codec(encoding);
  if (codec == Codec::Unknown) return registry_code(interpreter, text, encoding, errors, true);
  const StrObject* str = as_str(text);
  if (codec == Codec::Utf8 || (str->ascii && (codec == Codec::Ascii || codec == Codec::Latin1))) {
    // The common case: nothing to handle, the cached UTF-8 is the result.
    bool clean = true;
    if (codec == Codec::Utf8 && !str->ascii)
      for (std::int64_t i = 0; i < str->length && clean; ++i) clean = !is_surrogate(str->at(i));
    if (clean) return new_bytes(interpreter, str_utf8(text));
  }
  // The codecs with a BOM write it, then little-endian units.
  std::string bom;
  if (codec == Codec::Utf16 || codec == Codec::Utf32) append_encoded(bom, codec, 0xFEFF);
  std::string out;
  out.reserve(static_cast<std::size_t>(str->length));
  for (std::int64_t i = 0; i < str->length;) {
    const char32_t c = str->at(i);
    if (encodable(codec, c)) {
      append_encoded(out, codec, c);
      ++i;
      continue;
    }
    // The UTF-16 and UTF-32 encoders report each character alone; the others
    // the run of unencodable ones.
    std::int64_t end = i + 1;
    if (!is_utf16(codec) && !is_utf32(codec))
      while (end < str->length && !encodable(codec, str->at(end))) ++end;
    if (!handle_encode_error(interpreter, codec, errors, str, i, end, out)) return Ref();
    i = end;
  }
  if (codec == Codec::Utf16 || codec == Codec::Utf32) return new_bytes(interpreter, bom + out);
  return new_bytes(interpreter, out);
}

Ref decode_bytes(Interpreter& interpreter, std::string_view data, std::string_view encoding, std::string_view errors) {
  const Codec codec = find_codec(encoding);
  if (codec == Codec::Unknown) {
    Ref input = new_bytes(interpreter, data);
    return registry_code(interpreter, input.get(), encoding, errors, false);
  }
  if (codec == Codec::Utf8) return decode_utf8(interpreter, data, errors);
  if (is_utf16(codec) || is_utf32(codec)) return decode_wide(interpreter, codec, data, errors);
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
