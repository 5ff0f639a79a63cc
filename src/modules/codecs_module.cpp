// Native modules: _codecs (CPython's Modules/_codecsmodule.c and
// Python/codecs.c), what codecs.py re-exports: the codec registry
// (register, lookup, encode, decode), the error handler registry with the
// standard handlers as functions, and the codec functions the encodings
// package is built on (utf_8_encode ... charmap_decode), each returning
// (result, length consumed). The text codecs themselves are Krait's
// built-in ones (objects/codecs.cpp).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// ---------------------------------------------------------------------------
// Arguments and results

// An errors argument: None or absent is "strict".
bool errors_argument(Interpreter& interpreter, std::string_view function, std::size_t position, Value value,
                     std::string_view& out) {
  out = "strict";
  if (value.is_null() || value == interpreter.none()) return true;
  if (!runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument " +
                                                              std::to_string(position) + " must be str or None, not " +
                                                              runtime::argument_type_name(interpreter, value));
    return false;
  }
  out = runtime::str_utf8(value);
  return true;
}

bool text_argument(Interpreter& interpreter, std::string_view function, Value value) {
  if (runtime::is_str(interpreter, value)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument 1 must be str, not " +
                                                            runtime::argument_type_name(interpreter, value));
  return false;
}

bool truth_argument(Interpreter& interpreter, Value value, bool& out) {
  out = false;
  if (value.is_null()) return true;
  const int truth = runtime::truth(interpreter, value);
  if (truth < 0) return false;
  out = truth != 0;
  return true;
}

// (result, consumed): what every codec function returns.
Ref pair(Interpreter& interpreter, Ref result, std::int64_t consumed) {
  if (!result) return Ref();
  Ref length = runtime::new_int(interpreter, consumed);
  const Value items[] = {result.get(), length.get()};
  return runtime::new_tuple(interpreter, items);
}

std::int64_t text_length(Value text) { return runtime::as_str(text)->length; }

// ---------------------------------------------------------------------------
// The registries

Ref codecs_register(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "register", count, kwnames)) return Ref();
  if (!runtime::type_of(interpreter, arguments[0])->call)
    return interpreter.raise(interpreter.TypeError_type, "argument must be callable");
  if (!runtime::codec_registry_ready(interpreter)) return Ref();
  runtime::list_append(interpreter.codecs.search_functions.get(), arguments[0]);
  return interpreter.new_none();
}

Ref codecs_unregister(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "unregister", count, kwnames)) return Ref();
  if (!runtime::codec_registry_ready(interpreter)) return Ref();
  auto& functions = runtime::as_list(interpreter.codecs.search_functions.get())->items;
  for (auto it = functions.begin(); it != functions.end(); ++it) {
    if (*it == arguments[0]) {
      const Value removed = *it;
      functions.erase(it);
      runtime::decref(removed);
      runtime::dict_clear(interpreter, interpreter.codecs.cache.get());
      break;
    }
  }
  return interpreter.new_none();
}

bool encoding_argument(Interpreter& interpreter, std::string_view function, Value value, std::string_view& out) {
  if (!runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument must be str, not " +
                                                              runtime::argument_type_name(interpreter, value));
    return false;
  }
  out = runtime::str_utf8(value);
  return true;
}

Ref codecs_lookup(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view encoding;
  if (!runtime::check_one_argument(interpreter, "lookup", count, kwnames) ||
      !encoding_argument(interpreter, "lookup", arguments[0], encoding))
    return Ref();
  return runtime::codec_lookup(interpreter, encoding);
}

// _forget_codec(encoding): drops the cached lookup.
Ref codecs_forget_codec(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view encoding;
  if (!runtime::check_one_argument(interpreter, "_forget_codec", count, kwnames) ||
      !encoding_argument(interpreter, "_forget_codec", arguments[0], encoding) ||
      !runtime::codec_registry_ready(interpreter))
    return Ref();
  runtime::dict_clear(interpreter, interpreter.codecs.cache.get());
  return interpreter.new_none();
}

// encode(obj, encoding='utf-8', errors='strict') and decode: through the
// registry, any object to any object.
template <bool encoding_direction>
Ref codecs_code(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const char* function = encoding_direction ? "encode" : "decode";
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {function, {"obj", "encoding", "errors"}, 0, 0, 1}, arguments, count,
                               kwnames, bound))
    return Ref();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!bound[1].is_null() && !encoding_argument(interpreter, function, bound[1], encoding)) return Ref();
  if (!bound[2].is_null() && !encoding_argument(interpreter, function, bound[2], errors)) return Ref();
  Ref info = runtime::codec_lookup(interpreter, encoding);
  if (!info) return Ref();
  return runtime::run_codec(interpreter, info.get(), bound[0], encoding, errors, encoding_direction);
}

Ref codecs_register_error(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view name;
  if (!runtime::reject_keywords(interpreter, "register_error", kwnames) ||
      !runtime::check_positional(interpreter, "register_error", count, 2, 2) ||
      !encoding_argument(interpreter, "register_error", arguments[0], name) ||
      !runtime::codec_registry_ready(interpreter))
    return Ref();
  if (!runtime::type_of(interpreter, arguments[1])->call)
    return interpreter.raise(interpreter.TypeError_type, "handler must be callable");
  if (!runtime::dict_set_item(interpreter, interpreter.codecs.error_handlers.get(), arguments[0], arguments[1]))
    return Ref();
  return interpreter.new_none();
}

Ref codecs_lookup_error(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view name;
  if (!runtime::check_one_argument(interpreter, "lookup_error", count, kwnames) ||
      !encoding_argument(interpreter, "lookup_error", arguments[0], name) ||
      !runtime::codec_registry_ready(interpreter))
    return Ref();
  Value handler;
  const int found = runtime::dict_lookup(interpreter, interpreter.codecs.error_handlers.get(), arguments[0], handler);
  if (found < 0) return Ref();
  if (!found)
    return interpreter.raise(interpreter.LookupError_type, "unknown error handler name '" + std::string(name) + "'");
  return Ref::borrow(handler);
}

// ---------------------------------------------------------------------------
// The standard error handlers as Python sees them (codecs.strict_errors ...):
// each takes a UnicodeError and returns (replacement, position to resume).

struct UnicodeErrorFields {
  Ref object;
  std::int64_t start = 0, end = 0;
  bool encode = false, decode = false, translate = false;
};

Ref wrong_exception(Interpreter& interpreter, Value exception) {
  return interpreter.raise(interpreter.TypeError_type, "don't know how to handle " +
                                                           runtime::type_of(interpreter, exception)->name +
                                                           " in error callback");
}

bool unicode_error_fields(Interpreter& interpreter, Value exception, UnicodeErrorFields& out) {
  runtime::Type* type = runtime::type_of(interpreter, exception);
  out.encode = runtime::is_subtype(type, interpreter.UnicodeEncodeError_type);
  out.decode = runtime::is_subtype(type, interpreter.UnicodeDecodeError_type);
  out.translate = runtime::is_subtype(type, interpreter.UnicodeTranslateError_type);
  if (!out.encode && !out.decode && !out.translate) {
    Ref raised = wrong_exception(interpreter, exception);
    return false;
  }
  out.object = runtime::get_attribute(interpreter, exception, interpreter.intern("object"));
  if (!out.object) return false;
  for (auto [name, field] : {std::pair{"start", &out.start}, std::pair{"end", &out.end}}) {
    Ref value = runtime::get_attribute(interpreter, exception, interpreter.intern(name));
    if (!value || !runtime::index_argument(interpreter, value.get(), *field)) return false;
  }
  return true;
}

Ref handler_result(Interpreter& interpreter, Ref replacement, std::int64_t end) { return pair(interpreter, std::move(replacement), end); }

Ref errors_strict(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "strict_errors", count, kwnames)) return Ref();
  if (!runtime::is_subtype(runtime::type_of(interpreter, arguments[0]), interpreter.BaseException_type))
    return interpreter.raise(interpreter.TypeError_type, "codec must pass exception instance");
  interpreter.raise_object(Ref::borrow(arguments[0]));
  return Ref();
}

Ref errors_ignore(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "ignore_errors", count, kwnames) ||
      !unicode_error_fields(interpreter, arguments[0], fields))
    return Ref();
  return handler_result(interpreter, runtime::new_str(interpreter, ""), fields.end);
}

Ref errors_replace(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "replace_errors", count, kwnames) ||
      !unicode_error_fields(interpreter, arguments[0], fields))
    return Ref();
  const std::int64_t width = fields.end > fields.start ? fields.end - fields.start : 0;
  if (fields.encode) return handler_result(interpreter, runtime::new_str(interpreter, std::string(width, '?')), fields.end);
  std::string text;
  for (std::int64_t i = 0; i < (fields.decode ? 1 : width); ++i) unicode::append_utf8(text, 0xFFFD);
  return handler_result(interpreter, runtime::new_str(interpreter, text), fields.end);
}

std::string hex_text(const char* format, unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

std::string backslash_escape(char32_t c) {
  if (c <= 0xFF) return hex_text("\\x%02x", c);
  if (c <= 0xFFFF) return hex_text("\\u%04x", c);
  return hex_text("\\U%08x", c);
}

Ref errors_backslashreplace(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "backslashreplace_errors", count, kwnames) ||
      !unicode_error_fields(interpreter, arguments[0], fields))
    return Ref();
  std::string text;
  if (fields.decode) {
    std::string_view data;
    if (!runtime::require_byte_view(interpreter, fields.object.get(), data)) return Ref();
    for (std::int64_t i = fields.start; i < fields.end && i < static_cast<std::int64_t>(data.size()); ++i)
      text += hex_text("\\x%02x", static_cast<unsigned char>(data[static_cast<std::size_t>(i)]));
  } else {
    const runtime::StrObject* str = runtime::as_str(fields.object.get());
    for (std::int64_t i = fields.start; i < fields.end && i < str->length; ++i) text += backslash_escape(str->at(i));
  }
  return handler_result(interpreter, runtime::new_str(interpreter, text), fields.end);
}

Ref errors_xmlcharrefreplace(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "xmlcharrefreplace_errors", count, kwnames)) return Ref();
  if (!runtime::is_subtype(runtime::type_of(interpreter, arguments[0]), interpreter.UnicodeEncodeError_type))
    return wrong_exception(interpreter, arguments[0]);
  if (!unicode_error_fields(interpreter, arguments[0], fields)) return Ref();
  std::string text;
  const runtime::StrObject* str = runtime::as_str(fields.object.get());
  for (std::int64_t i = fields.start; i < fields.end && i < str->length; ++i)
    text += "&#" + std::to_string(static_cast<std::uint32_t>(str->at(i))) + ";";
  return handler_result(interpreter, runtime::new_str(interpreter, text), fields.end);
}

Ref errors_namereplace(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "namereplace_errors", count, kwnames)) return Ref();
  if (!runtime::is_subtype(runtime::type_of(interpreter, arguments[0]), interpreter.UnicodeEncodeError_type))
    return wrong_exception(interpreter, arguments[0]);
  if (!unicode_error_fields(interpreter, arguments[0], fields)) return Ref();
  std::string text;
  const runtime::StrObject* str = runtime::as_str(fields.object.get());
  for (std::int64_t i = fields.start; i < fields.end && i < str->length; ++i) {
    const std::string name = unicode::character_name(str->at(i));
    text += name.empty() ? backslash_escape(str->at(i)) : "\\N{" + name + "}";
  }
  return handler_result(interpreter, runtime::new_str(interpreter, text), fields.end);
}

// The encoding side of surrogateescape and surrogatepass: each character of
// the failed range, all in [low, high], as `append` writes it; the error
// itself raised again for any other.
template <class Append>
Ref encode_surrogates(Interpreter& interpreter, Value error, const UnicodeErrorFields& fields, char32_t low,
                      char32_t high, Append append) {
  std::string bytes;
  const runtime::StrObject* str = runtime::as_str(fields.object.get());
  for (std::int64_t i = fields.start; i < fields.end && i < str->length; ++i) {
    const char32_t c = str->at(i);
    if (c < low || c > high) {
      interpreter.raise_object(Ref::borrow(error));
      return Ref();
    }
    append(bytes, c);
  }
  return handler_result(interpreter, runtime::new_bytes(interpreter, bytes), fields.end);
}

// surrogateescape: bytes 0x80..0xFF decode to U+DC80..U+DCFF and back.
Ref errors_surrogateescape(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "surrogateescape_errors", count, kwnames) ||
      !unicode_error_fields(interpreter, arguments[0], fields))
    return Ref();
  if (fields.encode)
    return encode_surrogates(interpreter, arguments[0], fields, 0xDC80, 0xDCFF,
                             [](std::string& bytes, char32_t c) { bytes += static_cast<char>(c - 0xDC00); });
  if (!fields.decode) return wrong_exception(interpreter, arguments[0]);
  std::string_view data;
  if (!runtime::require_byte_view(interpreter, fields.object.get(), data)) return Ref();
  std::string text;
  std::int64_t i = fields.start;
  for (; i < fields.end && i < 4 + fields.start && i < static_cast<std::int64_t>(data.size()); ++i) {
    const auto byte = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
    if (byte < 0x80) break;
    unicode::append_utf8(text, 0xDC00 + byte);
  }
  if (i == fields.start) {
    interpreter.raise_object(Ref::borrow(arguments[0]));
    return Ref();
  }
  return handler_result(interpreter, runtime::new_str(interpreter, text), i);
}

// surrogatepass: lone surrogates as the UTF-8 (ED xx xx) they would encode to.
Ref errors_surrogatepass(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  UnicodeErrorFields fields;
  if (!runtime::check_one_argument(interpreter, "surrogatepass_errors", count, kwnames) ||
      !unicode_error_fields(interpreter, arguments[0], fields))
    return Ref();
  if (fields.encode)
    return encode_surrogates(interpreter, arguments[0], fields, 0xD800, 0xDFFF,
                             [](std::string& bytes, char32_t c) { unicode::append_utf8(bytes, c); });
  if (!fields.decode) return wrong_exception(interpreter, arguments[0]);
  std::string_view data;
  if (!runtime::require_byte_view(interpreter, fields.object.get(), data)) return Ref();
  const auto at = [&](std::int64_t i) { return static_cast<unsigned char>(data[static_cast<std::size_t>(i)]); };
  if (fields.start + 3 <= static_cast<std::int64_t>(data.size()) && at(fields.start) == 0xED &&
      (at(fields.start + 1) & 0xE0) == 0xA0 && (at(fields.start + 2) & 0xC0) == 0x80) {
    const char32_t c = 0xD000 | ((at(fields.start + 1) & 0x3F) << 6) | (at(fields.start + 2) & 0x3F);
    std::string text;
    unicode::append_utf8(text, c);
    return handler_result(interpreter, runtime::new_str(interpreter, text), fields.start + 3);
  }
  interpreter.raise_object(Ref::borrow(arguments[0]));
  return Ref();
}

// ---------------------------------------------------------------------------
// The codec functions over Krait's built-in codecs

// How many bytes at the end of `data` start a UTF-8 sequence that more
// bytes could complete (decoding with final=False leaves them).
std::size_t utf8_incomplete_tail(std::string_view data) {
  const std::size_t size = data.size();
  for (std::size_t back = 1; back <= 3 && back <= size; ++back) {
    const auto byte = static_cast<unsigned char>(data[size - back]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const std::size_t needed = byte >= 0xF0 && byte <= 0xF4 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 1;
    if (byte >= 0xF5) return 0;
    if (needed > back && !unicode::find_utf8_error(data.substr(size - back)).has_value()) return back;
    // A valid prefix: find_utf8_error reports only a truncation there.
    if (needed > back) {
      const auto error = unicode::find_utf8_error(data.substr(size - back));
      return error && error->end == back ? back : 0;
    }
    return 0;
  }
  return 0;
}

// Bytes at the end that do not make a whole UTF-16 or UTF-32 character.
std::size_t wide_incomplete_tail(std::string_view data, int unit, bool big) {
  std::size_t tail = data.size() % static_cast<std::size_t>(unit);
  if (unit == 2 && data.size() - tail >= 2) {
    const std::size_t last = data.size() - tail - 2;
    const auto high = static_cast<unsigned char>(data[big ? last : last + 1]);
    if (high >= 0xD8 && high <= 0xDB) tail += 2;  // a high surrogate waiting for its pair
  }
  return tail;
}

// (data, errors=None, final=False) of the decoders.
struct DecodeCall {
  std::string_view data;
  std::string_view errors;
  bool final = false;
};

bool bind_decode(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                 Value kwnames, bool has_final, DecodeCall& out) {
  Value bound[3];
  const std::size_t most = has_final ? 3 : 2;
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, 1, most))
    return false;
  for (std::size_t i = 0; i < count; ++i) bound[i] = arguments[i];
  if (!runtime::require_byte_view(interpreter, bound[0], out.data)) return false;
  if (!errors_argument(interpreter, function, 2, bound[1], out.errors)) return false;
  out.final = !has_final;
  return !has_final || bound[2].is_null() || truth_argument(interpreter, bound[2], out.final);
}

// (str, errors=None) of the encoders.
bool bind_encode(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                 Value kwnames, std::size_t most, std::string_view& errors) {
  return runtime::reject_keywords(interpreter, function, kwnames) &&
         runtime::check_argument_count(interpreter, function, count, 1, most) &&
         text_argument(interpreter, function, arguments[0]) &&
         errors_argument(interpreter, function, 2, count > 1 ? arguments[1] : Value(), errors);
}

constexpr char utf_8_name[] = "utf-8";
constexpr char latin_1_name[] = "latin-1";
constexpr char ascii_name[] = "ascii";
constexpr char utf_16_le_name[] = "utf-16-le";
constexpr char utf_16_be_name[] = "utf-16-be";
constexpr char utf_32_le_name[] = "utf-32-le";
constexpr char utf_32_be_name[] = "utf-32-be";

constexpr char utf_8_encode_name[] = "utf_8_encode";
constexpr char latin_1_encode_name[] = "latin_1_encode";
constexpr char ascii_encode_name[] = "ascii_encode";
constexpr char utf_16_le_encode_name[] = "utf_16_le_encode";
constexpr char utf_16_be_encode_name[] = "utf_16_be_encode";
constexpr char utf_32_le_encode_name[] = "utf_32_le_encode";
constexpr char utf_32_be_encode_name[] = "utf_32_be_encode";

// utf_8_encode(str, errors=None) and the others of one fixed codec.
template <const char* function, const char* encoding>
Ref encode_with(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view errors;
  if (!bind_encode(interpreter, function, arguments, count, kwnames, 2, errors)) return Ref();
  return pair(interpreter, runtime::encode_text(interpreter, arguments[0], encoding, errors), text_length(arguments[0]));
}

// utf_16_encode(str, errors=None, byteorder=0): with a BOM for 0.
template <const char* function, bool sixteen>
Ref encode_wide(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view errors;
  int byteorder = 0;
  if (!bind_encode(interpreter, function, arguments, count, kwnames, 3, errors) ||
      (count == 3 && !runtime::int_argument(interpreter, arguments[2], byteorder)))
    return Ref();
  const char* encoding = byteorder == 0 ? (sixteen ? "utf-16" : "utf-32")
                         : byteorder < 0 ? (sixteen ? utf_16_le_name : utf_32_le_name)
                                         : (sixteen ? utf_16_be_name : utf_32_be_name);
  return pair(interpreter, runtime::encode_text(interpreter, arguments[0], encoding, errors), text_length(arguments[0]));
}

constexpr char utf_8_decode_name[] = "utf_8_decode";
constexpr char latin_1_decode_name[] = "latin_1_decode";
constexpr char ascii_decode_name[] = "ascii_decode";
constexpr char utf_16_le_decode_name[] = "utf_16_le_decode";
constexpr char utf_16_be_decode_name[] = "utf_16_be_decode";
constexpr char utf_32_le_decode_name[] = "utf_32_le_decode";
constexpr char utf_32_be_decode_name[] = "utf_32_be_decode";
constexpr char utf_16_decode_name[] = "utf_16_decode";
constexpr char utf_32_decode_name[] = "utf_32_decode";
constexpr char utf_16_ex_decode_name[] = "utf_16_ex_decode";
constexpr char utf_32_ex_decode_name[] = "utf_32_ex_decode";

// The bytes of `data` a non-final decode leaves for later.
std::size_t incomplete_tail(std::string_view encoding, std::string_view data) {
  if (encoding == utf_8_name) return utf8_incomplete_tail(data);
  const bool big = encoding == utf_16_be_name || encoding == utf_32_be_name;
  if (encoding == utf_16_le_name || encoding == utf_16_be_name) return wide_incomplete_tail(data, 2, big);
  if (encoding == utf_32_le_name || encoding == utf_32_be_name) return wide_incomplete_tail(data, 4, big);
  return 0;
}

template <const char* function, const char* encoding, bool has_final>
Ref decode_with(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  DecodeCall call;
  if (!bind_decode(interpreter, function, arguments, count, kwnames, has_final, call)) return Ref();
  std::string_view data = call.data;
  if (!call.final) data.remove_suffix(incomplete_tail(encoding, data));
  return pair(interpreter, runtime::decode_bytes(interpreter, data, encoding, call.errors),
              static_cast<std::int64_t>(data.size()));
}

// utf_16_decode / utf_32_decode and their _ex forms (which also take a
// byteorder and return the one found): a BOM at the start picks the byte
// order and is skipped; without, little-endian (or byteorder's).
template <const char* function, bool sixteen, bool extended>
Ref decode_wide(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const std::size_t most = extended ? 4 : 3;
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, 1, most))
    return Ref();
  DecodeCall call;
  int byteorder = 0;
  const Value final_value = count > (extended ? 3 : 2) ? arguments[extended ? 3 : 2] : Value();
  if (!runtime::require_byte_view(interpreter, arguments[0], call.data) ||
      !errors_argument(interpreter, function, 2, count > 1 ? arguments[1] : Value(), call.errors) ||
      (extended && count > 2 && !runtime::int_argument(interpreter, arguments[2], byteorder)) ||
      !truth_argument(interpreter, final_value, call.final))
    return Ref();
  const std::size_t unit = sixteen ? 2 : 4;
  std::string_view data = call.data;
  std::size_t skipped = 0;
  if (byteorder == 0) {
    if (data.size() < unit && !call.final) {
      data = {};
    } else if (data.size() >= unit) {
      const std::string_view little_bom = sixteen ? std::string_view("\xFF\xFE", 2) : std::string_view("\xFF\xFE\0\0", 4);
      const std::string_view big_bom = sixteen ? std::string_view("\xFE\xFF", 2) : std::string_view("\0\0\xFE\xFF", 4);
      if (data.substr(0, unit) == little_bom) {
        byteorder = -1;
        skipped = unit;
      } else if (data.substr(0, unit) == big_bom) {
        byteorder = 1;
        skipped = unit;
      }
    }
  }
  const bool big = byteorder > 0;
  const char* encoding = sixteen ? (big ? utf_16_be_name : utf_16_le_name) : (big ? utf_32_be_name : utf_32_le_name);
  std::string_view body = data.substr(skipped);
  if (!call.final) body.remove_suffix(incomplete_tail(encoding, body));
  Ref text = runtime::decode_bytes(interpreter, body, encoding, call.errors);
  if (!text) return Ref();
  Ref consumed = runtime::new_int(interpreter, static_cast<std::int64_t>(skipped + body.size()));
  if (!extended) {
    const Value items[] = {text.get(), consumed.get()};
    return runtime::new_tuple(interpreter, items);
  }
  const Value items[] = {text.get(), consumed.get(), Value::small_int(byteorder)};
  return runtime::new_tuple(interpreter, items);
}

// ---------------------------------------------------------------------------
// Escape codecs

// The bytes of repr(bytes) between its quotes: escape_encode's output.
std::string escaped_bytes(std::string_view data, bool quote_single) {
  std::string out;
  for (const char raw : data) {
    const auto byte = static_cast<unsigned char>(raw);
    switch (byte) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\'':
        out += quote_single ? "\\'" : "'";
        break;
      default:
        if (byte < 0x20 || byte >= 0x7F)
          out += hex_text("\\x%02x", byte);
        else
          out += static_cast<char>(byte);
    }
  }
  return out;
}

Ref codecs_escape_encode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view errors;
  if (!runtime::reject_keywords(interpreter, "escape_encode", kwnames) ||
      !runtime::check_argument_count(interpreter, "escape_encode", count, 1, 2))
    return Ref();
  if (!runtime::is_bytes(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "escape_encode() argument 1 must be bytes, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  if (!errors_argument(interpreter, "escape_encode", 2, count > 1 ? arguments[1] : Value(), errors)) return Ref();
  const std::string_view data = runtime::as_bytes(arguments[0])->view();
  return pair(interpreter, runtime::new_bytes(interpreter, escaped_bytes(data, true)),
              static_cast<std::int64_t>(data.size()));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

// Decodes the backslash escapes of `data` (unicode_escape, escape_decode,
// raw_unicode_escape): each piece goes to `emit` as a code point; a bad
// escape raises as `encoding` does. `raw` knows only \uXXXX and \UXXXXXXXX;
// `text` adds \u, \U and \N{...} to the escapes of bytes literals.
template <class Emit>
bool decode_escapes(Interpreter& interpreter, std::string_view data, std::string_view errors, const char* encoding,
                    bool text, bool raw, Emit emit) {
  const auto fail = [&](std::size_t start, std::size_t end, const std::string& reason) {
    if (errors == "ignore") return true;
    if (errors == "replace") {
      if (text) emit(0xFFFD);
      else emit('?');
      return true;
    }
    if (!text && errors == "strict") {
      interpreter.set_exception(interpreter.ValueError_type,
                                reason.find("invalid \\x") != std::string::npos ? "invalid \\x escape at position " +
                                                                       std::to_string(start)
                                                                 : reason);
      return false;
    }
    Ref object = runtime::new_bytes(interpreter, data);
    Ref raised = runtime::raise_unicode_error(interpreter, interpreter.UnicodeDecodeError_type, encoding, object.get(),
                                 static_cast<std::int64_t>(start), static_cast<std::int64_t>(end), reason);
    return false;
  };
  std::size_t i = 0;
  while (i < data.size()) {
    const auto byte = static_cast<unsigned char>(data[i]);
    if (byte != '\\') {
      emit(byte);
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (i + 1 >= data.size()) {
      if (raw) {
        emit('\\');
        ++i;
        continue;
      }
      if (!fail(start, data.size(), "\\ at end of string")) return false;
      break;
    }
    const char kind = data[i + 1];
    if (raw && kind != 'u' && kind != 'U') {
      emit('\\');
      ++i;
      continue;
    }
    i += 2;
    auto hex_escape = [&](std::size_t digits, const char* name) {
      std::uint32_t value = 0;
      std::size_t got = 0;
      while (got < digits && i < data.size() && hex_digit(data[i]) >= 0) {
        value = value * 16 + static_cast<std::uint32_t>(hex_digit(data[i]));
        ++i;
        ++got;
      }
      if (got < digits) return fail(start, i, std::string("truncated ") + name + " escape");
      if (value > 0x10FFFF) return fail(start, i, "illegal Unicode character");
      emit(value);
      return true;
    };
    switch (kind) {
      case '\n': break;
      case '\\': emit('\\'); break;
      case '\'': emit('\''); break;
      case '"': emit('"'); break;
      case 'b': emit('\b'); break;
      case 'f': emit('\f'); break;
      case 't': emit('\t'); break;
      case 'n': emit('\n'); break;
      case 'r': emit('\r'); break;
      case 'v': emit('\v'); break;
      case 'a': emit('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        std::uint32_t value = static_cast<std::uint32_t>(kind - '0');
        for (int digits = 1; digits < 3 && i < data.size() && data[i] >= '0' && data[i] <= '7'; ++digits, ++i)
          value = value * 8 + static_cast<std::uint32_t>(data[i] - '0');
        emit(text ? value : value & 0xFF);
        break;
      }
      case 'x':
        if (!hex_escape(2, text ? "\\xXX" : "invalid \\x")) return false;
        break;
      case 'u':
      case 'U':
        if (!text) {
          emit('\\');
          emit(static_cast<unsigned char>(kind));
        } else if (!hex_escape(kind == 'u' ? 4 : 8, kind == 'u' ? "\\uXXXX" : "\\UXXXXXXXX")) {
          return false;
        }
        break;
      case 'N': {
        if (!text) {
          emit('\\');
          emit('N');
          break;
        }
        const std::size_t close = data.find('}', i);
        if (i >= data.size() || data[i] != '{' || close == std::string_view::npos) {
          if (!fail(start, close == std::string_view::npos ? data.size() : i, "malformed \\N character escape"))
            return false;
          break;
        }
        const std::string name(data.substr(i + 1, close - i - 1));
        const int found = unicode::code_point_for_name(name);
        i = close + 1;
        if (found < 0) {
          if (!fail(start, i, "unknown Unicode character name")) return false;
          break;
        }
        emit(static_cast<std::uint32_t>(found));
        break;
      }
      default:
        emit('\\');
        emit(static_cast<unsigned char>(kind));
    }
  }
  return true;
}

Ref codecs_escape_decode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view errors, data;
  if (!runtime::reject_keywords(interpreter, "escape_decode", kwnames) ||
      !runtime::check_argument_count(interpreter, "escape_decode", count, 1, 2))
    return Ref();
  Ref encoded;
  if (runtime::is_str(interpreter, arguments[0])) {
    data = runtime::str_utf8(arguments[0]);
  } else if (!runtime::require_byte_view(interpreter, arguments[0], data)) {
    return Ref();
  }
  if (!errors_argument(interpreter, "escape_decode", 2, count > 1 ? arguments[1] : Value(), errors)) return Ref();
  std::string out;
  if (!decode_escapes(interpreter, data, errors, "escape", false, false,
                      [&](std::uint32_t c) { out += static_cast<char>(c); }))
    return Ref();
  return pair(interpreter, runtime::new_bytes(interpreter, out), static_cast<std::int64_t>(data.size()));
}

template <bool raw>
Ref unicode_escape_decode(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                          Value kwnames) {
  DecodeCall call;
  if (runtime::is_str(interpreter, count > 0 ? arguments[0] : Value())) {
    if (!runtime::reject_keywords(interpreter, function, kwnames) ||
        !runtime::check_argument_count(interpreter, function, count, 1, 3))
      return Ref();
    call.data = runtime::str_utf8(arguments[0]);
    if (!errors_argument(interpreter, function, 2, count > 1 ? arguments[1] : Value(), call.errors)) return Ref();
  } else if (!bind_decode(interpreter, function, arguments, count, kwnames, true, call)) {
    return Ref();
  }
  std::string out;
  if (!decode_escapes(interpreter, call.data, call.errors, raw ? "rawunicodeescape" : "unicodeescape", true, raw,
                      [&](std::uint32_t c) { unicode::append_utf8(out, c); }))
    return Ref();
  return pair(interpreter, runtime::new_str(interpreter, out), static_cast<std::int64_t>(call.data.size()));
}

Ref codecs_unicode_escape_decode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                 Value kwnames) {
  return unicode_escape_decode<false>(interpreter, "unicode_escape_decode", arguments, count, kwnames);
}

Ref codecs_raw_unicode_escape_decode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                     Value kwnames) {
  return unicode_escape_decode<true>(interpreter, "raw_unicode_escape_decode", arguments, count, kwnames);
}

// unicode_escape_encode: printable ASCII as itself (backslash doubled),
// the rest escaped; raw_unicode_escape_encode: Latin-1 as itself, the rest
// as \uXXXX / \UXXXXXXXX.
template <bool raw>
Ref unicode_escape_encode(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                          Value kwnames) {
  std::string_view errors;
  if (!bind_encode(interpreter, function, arguments, count, kwnames, 2, errors)) return Ref();
  const runtime::StrObject* str = runtime::as_str(arguments[0]);
  std::string out;
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    if (raw) {
      if (c < 0x100)
        out += static_cast<char>(c);
      else
        out += c <= 0xFFFF ? hex_text("\\u%04x", c) : hex_text("\\U%08x", c);
      continue;
    }
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c >= 0x7F)
          out += backslash_escape(c);
        else
          out += static_cast<char>(c);
    }
  }
  return pair(interpreter, runtime::new_bytes(interpreter, out), str->length);
}

Ref codecs_unicode_escape_encode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                 Value kwnames) {
  return unicode_escape_encode<false>(interpreter, "unicode_escape_encode", arguments, count, kwnames);
}

Ref codecs_raw_unicode_escape_encode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                     Value kwnames) {
  return unicode_escape_encode<true>(interpreter, "raw_unicode_escape_encode", arguments, count, kwnames);
}

// readbuffer_encode(data, errors=None): the bytes of a buffer (or str).
Ref codecs_readbuffer_encode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view data, errors;
  if (!runtime::reject_keywords(interpreter, "readbuffer_encode", kwnames) ||
      !runtime::check_argument_count(interpreter, "readbuffer_encode", count, 1, 2))
    return Ref();
  if (runtime::is_str(interpreter, arguments[0]))
    data = runtime::str_utf8(arguments[0]);
  else if (!runtime::require_byte_view(interpreter, arguments[0], data))
    return Ref();
  if (!errors_argument(interpreter, "readbuffer_encode", 2, count > 1 ? arguments[1] : Value(), errors)) return Ref();
  return pair(interpreter, runtime::new_bytes(interpreter, data), static_cast<std::int64_t>(data.size()));
}

// ---------------------------------------------------------------------------
// Charmap codecs (the single-byte code pages of encodings/: cp1252 ...)

// charmap_build(decoding_table): {code point: byte} for a 256-character str.
Ref codecs_charmap_build(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "charmap_build", count, kwnames) ||
      !text_argument(interpreter, "charmap_build", arguments[0]))
    return Ref();
  const runtime::StrObject* table = runtime::as_str(arguments[0]);
  Ref map = runtime::new_dict(interpreter);
  for (std::int64_t i = 0; i < table->length; ++i) {
    Ref key = runtime::new_int(interpreter, table->at(i));
    if (!runtime::dict_set_item(interpreter, map.get(), key.get(), Value::small_int(i))) return Ref();
  }
  return map;
}

// What `mapping` gives for `key`: 1 with `out` set, 0 undefined (missing,
// None, or U+FFFE in a decoding table), -1 on error.
int mapping_lookup(Interpreter& interpreter, Value mapping, std::int64_t key, Ref& out) {
  Ref index = runtime::new_int(interpreter, key);
  out = runtime::get_item(interpreter, mapping, index.get());
  if (!out) {
    if (!interpreter.exception_is(interpreter.LookupError_type)) return -1;
    Ref ignored = interpreter.take_exception();
    return 0;
  }
  return out.get() == interpreter.none() ? 0 : 1;
}

// charmap_decode(data, errors=None, mapping=None)
Ref codecs_charmap_decode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  DecodeCall call;
  if (!runtime::reject_keywords(interpreter, "charmap_decode", kwnames) ||
      !runtime::check_argument_count(interpreter, "charmap_decode", count, 1, 3) ||
      !runtime::require_byte_view(interpreter, arguments[0], call.data) ||
      !errors_argument(interpreter, "charmap_decode", 2, count > 1 ? arguments[1] : Value(), call.errors))
    return Ref();
  const Value mapping = count > 2 ? arguments[2] : interpreter.none();
  const std::string_view data = call.data;
  if (mapping == interpreter.none())
    return pair(interpreter, runtime::decode_bytes(interpreter, data, "latin-1", call.errors),
                static_cast<std::int64_t>(data.size()));
  const bool table = runtime::is_str(interpreter, mapping);
  std::string out;
  for (std::size_t i = 0; i < data.size(); ++i) {
    const auto byte = static_cast<unsigned char>(data[i]);
    if (table) {
      const runtime::StrObject* text = runtime::as_str(mapping);
      if (byte < text->length && text->at(byte) != 0xFFFE) {
        unicode::append_utf8(out, text->at(byte));
        continue;
      }
    } else {
      Ref found;
      const int state = mapping_lookup(interpreter, mapping, byte, found);
      if (state < 0) return Ref();
      if (state > 0) {
        if (runtime::is_str(interpreter, found.get())) {
          if (runtime::as_str(found.get())->length != 1 || runtime::as_str(found.get())->at(0) != 0xFFFE) {
            out += runtime::str_utf8(found.get());
            continue;
          }
        } else if (runtime::is_int(interpreter, found.get())) {
          std::int64_t code = 0;
          if (!runtime::int_to_int64(interpreter, found.get(), code) || code < 0 || code > 0x10FFFF)
            return interpreter.raise(interpreter.TypeError_type, "character mapping must be in range(0x110000)");
          if (code != 0xFFFE) {
            unicode::append_utf8(out, static_cast<char32_t>(code));
            continue;
          }
        } else {
          return interpreter.raise(interpreter.TypeError_type, "character mapping must return integer, None or str");
        }
      }
    }
    // Undefined: the error handler decides.
    if (call.errors == "ignore") continue;
    if (call.errors == "replace") {
      unicode::append_utf8(out, 0xFFFD);
      continue;
    }
    if (call.errors == "backslashreplace") {
      out += hex_text("\\x%02x", byte);
      continue;
    }
    if (call.errors == "surrogateescape" && byte >= 0x80) {
      unicode::append_utf8(out, 0xDC00 + byte);
      continue;
    }
    Ref object = runtime::new_bytes(interpreter, data);
    return runtime::raise_unicode_error(interpreter, interpreter.UnicodeDecodeError_type, "charmap", object.get(),
                                        static_cast<std::int64_t>(i), static_cast<std::int64_t>(i) + 1,
                                        "character maps to <undefined>");
  }
  return pair(interpreter, runtime::new_str(interpreter, out), static_cast<std::int64_t>(data.size()));
}

// Appends what `mapping` gives a code point: 1, 0 undefined, -1 error.
int charmap_encode_one(Interpreter& interpreter, Value mapping, char32_t c, std::string& out) {
  Ref found;
  const int state = mapping_lookup(interpreter, mapping, c, found);
  if (state <= 0) return state;
  std::string_view bytes;
  if (runtime::is_int(interpreter, found.get())) {
    std::int64_t value = 0;
    if (!runtime::int_to_int64(interpreter, found.get(), value) || value < 0 || value > 255) {
      interpreter.set_exception(interpreter.TypeError_type, "character mapping must be in range(256)");
      return -1;
    }
    out += static_cast<char>(value);
    return 1;
  }
  if (runtime::byte_view(interpreter, found.get(), bytes)) {
    out += bytes;
    return 1;
  }
  interpreter.set_exception(interpreter.TypeError_type, "character mapping must return integer, bytes or None, not " +
                                                            runtime::type_of(interpreter, found.get())->name);
  return -1;
}

// charmap_encode(str, errors=None, mapping=None)
Ref codecs_charmap_encode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view errors;
  if (!bind_encode(interpreter, "charmap_encode", arguments, count, kwnames, 3, errors)) return Ref();
  const Value mapping = count > 2 ? arguments[2] : interpreter.none();
  if (mapping == interpreter.none())
    return pair(interpreter, runtime::encode_text(interpreter, arguments[0], "latin-1", errors),
                text_length(arguments[0]));
  const runtime::StrObject* str = runtime::as_str(arguments[0]);
  std::string out;
  for (std::int64_t i = 0; i < str->length;) {
    const int state = charmap_encode_one(interpreter, mapping, str->at(i), out);
    if (state < 0) return Ref();
    if (state > 0) {
      ++i;
      continue;
    }
    std::int64_t end = i + 1;
    std::string probe;
    while (end < str->length) {
      const int next = charmap_encode_one(interpreter, mapping, str->at(end), probe);
      if (next < 0) return Ref();
      if (next > 0) break;
      ++end;
    }
    // The replacement text of the handler, itself encoded through the map.
    std::string replacement;
    if (errors == "ignore") {
    } else if (errors == "replace") {
      replacement.assign(static_cast<std::size_t>(end - i), '?');
    } else if (errors == "backslashreplace") {
      for (std::int64_t k = i; k < end; ++k) replacement += backslash_escape(str->at(k));
    } else if (errors == "xmlcharrefreplace") {
      for (std::int64_t k = i; k < end; ++k) replacement += "&#" + std::to_string(static_cast<std::uint32_t>(str->at(k))) + ";";
    } else {
      return runtime::raise_unicode_error(interpreter, interpreter.UnicodeEncodeError_type, "charmap", arguments[0], i,
                                          errors == "strict" ? i + 1 : end, "character maps to <undefined>");
    }
    for (const char c : replacement) {
      const int mapped = charmap_encode_one(interpreter, mapping, static_cast<unsigned char>(c), out);
      if (mapped < 0) return Ref();
      if (mapped == 0)
        return runtime::raise_unicode_error(interpreter, interpreter.UnicodeEncodeError_type, "charmap", arguments[0], i,
                                            end, "character maps to <undefined>");
    }
    i = end;
  }
  return pair(interpreter, runtime::new_bytes(interpreter, out), str->length);
}

}  // namespace

Ref create_codecs_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_codecs");
  const Value codecs = module.get();
  runtime::add_module_functions(
      interpreter, codecs,
      {{"register", &codecs_register},
       {"unregister", &codecs_unregister},
       {"lookup", &codecs_lookup},
       {"encode", &codecs_code<true>},
       {"decode", &codecs_code<false>},
       {"escape_encode", &codecs_escape_encode},
       {"escape_decode", &codecs_escape_decode},
       {"utf_8_encode", &encode_with<utf_8_encode_name, utf_8_name>},
       {"utf_8_decode", &decode_with<utf_8_decode_name, utf_8_name, true>},
       {"utf_16_encode", &encode_wide<utf_16_decode_name, true>},
       {"utf_16_decode", &decode_wide<utf_16_decode_name, true, false>},
       {"utf_16_le_encode", &encode_with<utf_16_le_encode_name, utf_16_le_name>},
       {"utf_16_le_decode", &decode_with<utf_16_le_decode_name, utf_16_le_name, true>},
       {"utf_16_be_encode", &encode_with<utf_16_be_encode_name, utf_16_be_name>},
       {"utf_16_be_decode", &decode_with<utf_16_be_decode_name, utf_16_be_name, true>},
       {"utf_16_ex_decode", &decode_wide<utf_16_ex_decode_name, true, true>},
       {"utf_32_encode", &encode_wide<utf_32_decode_name, false>},
       {"utf_32_decode", &decode_wide<utf_32_decode_name, false, false>},
       {"utf_32_le_encode", &encode_with<utf_32_le_encode_name, utf_32_le_name>},
       {"utf_32_le_decode", &decode_with<utf_32_le_decode_name, utf_32_le_name, true>},
       {"utf_32_be_encode", &encode_with<utf_32_be_encode_name, utf_32_be_name>},
       {"utf_32_be_decode", &decode_with<utf_32_be_decode_name, utf_32_be_name, true>},
       {"utf_32_ex_decode", &decode_wide<utf_32_ex_decode_name, false, true>},
       {"unicode_escape_encode", &codecs_unicode_escape_encode},
       {"unicode_escape_decode", &codecs_unicode_escape_decode},
       {"raw_unicode_escape_encode", &codecs_raw_unicode_escape_encode},
       {"raw_unicode_escape_decode", &codecs_raw_unicode_escape_decode},
       {"latin_1_encode", &encode_with<latin_1_encode_name, latin_1_name>},
       {"latin_1_decode", &decode_with<latin_1_decode_name, latin_1_name, false>},
       {"ascii_encode", &encode_with<ascii_encode_name, ascii_name>},
       {"ascii_decode", &decode_with<ascii_decode_name, ascii_name, false>},
       {"charmap_encode", &codecs_charmap_encode},
       {"charmap_decode", &codecs_charmap_decode},
       {"charmap_build", &codecs_charmap_build},
       {"readbuffer_encode", &codecs_readbuffer_encode},
       {"register_error", &codecs_register_error},
       {"lookup_error", &codecs_lookup_error},
       {"_forget_codec", &codecs_forget_codec}});
  if (!runtime::codec_registry_ready(interpreter)) return Ref();
  // The standard error handlers, registered under their names once.
  struct Handler {
    const char* name;
    const char* function;
    runtime::NativeFunction native;
  };
  for (const Handler& handler : {Handler{"strict", "strict_errors", &errors_strict},
                                 Handler{"ignore", "ignore_errors", &errors_ignore},
                                 Handler{"replace", "replace_errors", &errors_replace},
                                 Handler{"xmlcharrefreplace", "xmlcharrefreplace_errors", &errors_xmlcharrefreplace},
                                 Handler{"backslashreplace", "backslashreplace_errors", &errors_backslashreplace},
                                 Handler{"namereplace", "namereplace_errors", &errors_namereplace},
                                 Handler{"surrogateescape", "surrogateescape", &errors_surrogateescape},
                                 Handler{"surrogatepass", "surrogatepass", &errors_surrogatepass}}) {
    const Value name = interpreter.intern(handler.name);
    if (!runtime::dict_get_str(interpreter.codecs.error_handlers.get(), name).is_null()) continue;
    Ref function = runtime::new_builtin_function(interpreter, handler.function, handler.native);
    runtime::dict_set_str(interpreter, interpreter.codecs.error_handlers.get(), name, function.get());
  }
  return module;
}

}  // namespace krait::modules
