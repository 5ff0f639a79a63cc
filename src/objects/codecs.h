// Objects: the text codecs built into Krait (CPython's fast paths of
// PyUnicode_Encode / PyUnicode_Decode): UTF-8, UTF-16 and UTF-32 (with a
// BOM, or -le/-be without), ASCII and Latin-1, with the
// error handlers strict, ignore, replace, backslashreplace,
// surrogateescape, and for encoding xmlcharrefreplace, raising CPython's
// UnicodeEncodeError / UnicodeDecodeError / LookupError texts.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// str.encode: `text` (a str) as bytes.
Ref encode_text(Interpreter& interpreter, Value text, std::string_view encoding, std::string_view errors);
// bytes.decode: `data` as a str.
Ref decode_bytes(Interpreter& interpreter, std::string_view data, std::string_view encoding, std::string_view errors);

// The (encoding, errors) arguments of str.encode, bytes.decode, str(),
// bytes() ... as argument clinic checks them: each null (not given) or a
// str, else TypeError "`function`() argument 'encoding' must be str, not
// int". The defaults are "utf-8" and "strict".
[[nodiscard]] bool codec_arguments(Interpreter& interpreter, std::string_view function, Value encoding, Value errors,
                                   std::string_view& encoding_out, std::string_view& errors_out);
// Binds and checks the (encoding='utf-8', errors='strict') parameters of
// encode() and decode().
[[nodiscard]] bool bind_codec_arguments(Interpreter& interpreter, std::string_view function, const Value* arguments,
                                        std::size_t count, Value kwnames, std::string_view& encoding,
                                        std::string_view& errors);

// The codec registry (CPython's Python/codecs.c), in
// interpreter.codecs: made on first use with the error handlers Krait
// implements natively registered by the _codecs module.
[[nodiscard]] bool codec_registry_ready(Interpreter& interpreter);
// codecs.lookup(encoding): the CodecInfo the search functions return for
// the normalised name (lower case, spaces and hyphens as underscores),
// cached; importing the encodings package first registers its search
// function. LookupError "unknown encoding: x" when none knows it.
Ref codec_lookup(Interpreter& interpreter, std::string_view encoding);
// Whether the built-in codecs above handle `encoding` themselves.
bool is_builtin_codec(std::string_view encoding);

// Runs the encoder (decoder) of a CodecInfo on `input`: its output, the
// first of the (object, length) pair it must return. An exception the
// codec raises is wrapped as CPython's wrap_codec_error does.
Ref run_codec(Interpreter& interpreter, Value info, Value input, std::string_view encoding, std::string_view errors,
              bool encoding_direction);

// str.encode(encoding='utf-8', errors='strict'), installed on str.
Ref str_method_encode(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

}  // namespace krait::runtime
