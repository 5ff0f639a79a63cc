// Native modules: _io.TextIOWrapper and _io.IncrementalNewlineDecoder
// (CPython's Modules/_io/textio.c). The wrapper decodes a chunk of bytes at
// a time into UTF-8 (UTF-8, Latin-1 and ASCII keep an incomplete character
// for the next chunk; other codecs decode each chunk whole), translating
// newlines as it goes, and encodes writes straight into its buffer (there
// is no pending list: bytes reach the buffer at each write).
// tell() is simplified: the cookie is the byte position of the next
// character (exact for UTF-8, Latin-1 and ASCII under strict errors), not
// CPython's opaque cookie carrying a decoder state.
#include <algorithm>
#include <string>
#include <vector>

#include "modules/io/io.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/descriptor_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules::io {
namespace {

enum class Codec : std::uint8_t { utf8, latin1, ascii, other };

struct TextObject : IOObject {
  Ref buffer;
  Ref encoding;  // the name as given (a str)
  Ref errors;    // a str
  Codec codec = Codec::utf8;
  int unit = 1;  // bytes per code unit of an `other` codec (2 for UTF-16, 4 for UTF-32)
  bool initialized = false;
  bool detached = false;
  bool readable = false;
  bool writable = false;
  bool seekable = false;
  bool has_read1 = false;
  bool line_buffering = false;
  bool write_through = false;
  bool read_universal = true;   // newline None or ''
  bool read_translate = true;   // newline None
  std::string read_newline;     // the newline argument when it is '\n', '\r' or '\r\n'
  std::string write_newline;    // what '\n' becomes when written ('' : itself)
  std::int64_t chunk_size = default_buffer_size;
  // Reading: decoded[decoded_position:] is text decoded (and translated)
  // but not returned yet; `pending` the bytes of an incomplete character
  // and `pending_cr` a held-back '\r' (universal newlines: a '\n' may
  // follow in the next chunk).
  std::string decoded;
  std::size_t decoded_position = 0;
  std::string pending;
  bool pending_cr = false;
  int seen = 0;
  // For tell(): how many bytes of the stream `decoded` came from, and
  // where in `decoded` a "\r\n" was translated to "\n".
  std::int64_t chunk_bytes = 0;
  std::vector<std::size_t> translated_crlf;
  // Writing: encoded text not yet passed to the buffer (CPython's
  // pending_bytes), passed once a chunk's worth gathers, or on flush, a
  // read, seek or tell.
  std::string pending_bytes;
};

TextObject* as_text(Value value) { return static_cast<TextObject*>(value.as_object()); }

Codec codec_of(std::string_view name, int& unit) {
  std::string normal;
  for (const char c : name) normal += c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  unit = 1;
  if (normal == "utf-8" || normal == "utf8" || normal == "u8" || normal == "utf") return Codec::utf8;
  if (normal == "latin-1" || normal == "latin1" || normal == "iso-8859-1" || normal == "iso8859-1" || normal == "l1" ||
      normal == "8859" || normal == "cp819" || normal == "latin")
    return Codec::latin1;
  if (normal == "ascii" || normal == "us-ascii" || normal == "646") return Codec::ascii;
  if (normal.find("32") != std::string::npos) unit = 4;
  else if (normal.find("16") != std::string::npos) unit = 2;
  return Codec::other;
}

// The object, or null with ValueError pending when detached or not initialised.
TextObject* attached(Interpreter& interpreter, Value self) {
  TextObject* text = as_text(self);
  if (text->detached) {
    interpreter.set_exception(interpreter.ValueError_type, "underlying buffer has been detached");
    return nullptr;
  }
  if (!text->initialized) {
    raise_uninitialized(interpreter);
    return nullptr;
  }
  return text;
}

// The same, also failing with "I/O operation on closed file." when the buffer is closed.
TextObject* open_text(Interpreter& interpreter, Value self) {
  TextObject* text = attached(interpreter, self);
  if (!text) return nullptr;
  const int closed = object_closed(interpreter, text->buffer.get());
  if (closed < 0) return nullptr;
  if (closed) {
    raise_closed(interpreter);
    return nullptr;
  }
  return text;
}

void reset_reading(TextObject* text) {
  text->decoded.clear();
  text->decoded_position = 0;
  text->pending.clear();
  text->pending_cr = false;
  text->chunk_bytes = 0;
  text->translated_crlf.clear();
}

// The length of the complete characters at the start of `bytes` (an
// incomplete one at the end waits for more input).
std::size_t complete_length(const TextObject* text, std::string_view bytes) {
  if (text->codec == Codec::other) return bytes.size() - bytes.size() % static_cast<std::size_t>(text->unit);
  if (text->codec != Codec::utf8 || bytes.empty()) return bytes.size();
  // Back up over at most 3 continuation bytes to the last lead byte.
  std::size_t start = bytes.size();
  for (int back = 0; back < 4 && start > 0; ++back) {
    const auto byte = static_cast<unsigned char>(bytes[--start]);
    if ((byte & 0xC0) != 0x80) {
      const std::size_t needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      return bytes.size() - start < needed && byte >= 0xC0 && byte <= 0xF4 ? start : bytes.size();
    }
  }
  return bytes.size();
}

// Reads and decodes the next chunk (all the rest when `all`) into
// `decoded`, which must be used up; false with an exception pending.
// `eof` tells the stream had nothing more.
bool read_chunk(Interpreter& interpreter, TextObject* text, bool all, bool& eof) {
  Ref chunk;
  if (all) {
    chunk = call_method(interpreter, text->buffer.get(), "read");
  } else {
    const Value size = Value::small_int(text->chunk_size);
    chunk = call_method(interpreter, text->buffer.get(), text->has_read1 ? "read1" : "read", &size, 1);
  }
  if (!chunk) return false;
  std::string_view bytes;
  if (chunk.get() == interpreter.none()) {
    bytes = {};
  } else if (!runtime::is_bytes(interpreter, chunk.get()) && !runtime::byte_view(interpreter, chunk.get(), bytes)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "underlying " + std::string(text->has_read1 ? "read1" : "read") +
                                  "() should have returned a bytes-like object, not '" +
                                  std::string(runtime::type_name(interpreter, chunk.get())) + "'");
    return false;
  } else if (runtime::is_bytes(interpreter, chunk.get())) {
    bytes = std::string_view(runtime::as_bytes(chunk.get())->data(),
                             static_cast<std::size_t>(runtime::as_bytes(chunk.get())->size));
  }
  eof = bytes.empty();
  std::string input = text->pending_cr ? "\r" : "";
  input += text->pending;
  input += bytes;
  text->pending_cr = false;
  const std::size_t complete = eof ? input.size() : complete_length(text, input);
  text->pending = input.substr(complete);
  input.resize(complete);
  Ref decoded = runtime::decode_bytes(interpreter, input, runtime::str_utf8(text->encoding.get()),
                                      runtime::str_utf8(text->errors.get()));
  if (!decoded) return false;
  std::string utf8(runtime::str_utf8(decoded.get()));
  std::int64_t source = static_cast<std::int64_t>(input.size());
  if (text->read_universal && !eof && !utf8.empty() && utf8.back() == '\r') {
    utf8.pop_back();
    text->pending_cr = true;
    --source;
  }
  text->translated_crlf.clear();
  if (text->read_universal) {
    // Notes the endings met; translates when newline is None.
    std::size_t out = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
      char c = utf8[i];
      if (c == '\r') {
        if (i + 1 < utf8.size() && utf8[i + 1] == '\n') {
          text->seen |= seen_crlf;
          if (text->read_translate) {
            text->translated_crlf.push_back(out);
            ++i;
            c = '\n';
          }
        } else {
          text->seen |= seen_cr;
          if (text->read_translate) c = '\n';
        }
      } else if (c == '\n' && (i == 0 || utf8[i - 1] != '\r')) {
        text->seen |= seen_lf;
      }
      utf8[out++] = c;
    }
    utf8.resize(out);
  }
  text->decoded = std::move(utf8);
  text->decoded_position = 0;
  text->chunk_bytes = source;
  return true;
}

// Bytes after `count` UTF-8 code points of `text` (or its size).
std::size_t skip_characters(std::string_view text, std::int64_t count) {
  std::size_t i = 0;
  while (i < text.size() && count > 0) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    --count;
  }
  return i;
}

std::int64_t count_characters(std::string_view text) {
  std::int64_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// Takes up to `size` characters (all when negative) of the decoded text
// into `out`; returns how many were taken.
std::int64_t take_decoded(TextObject* text, std::int64_t size, std::string& out) {
  const std::string_view rest = std::string_view(text->decoded).substr(text->decoded_position);
  const std::size_t bytes = size < 0 ? rest.size() : skip_characters(rest, size);
  out.append(rest.substr(0, bytes));
  text->decoded_position += bytes;
  return size < 0 ? 0 : count_characters(rest.substr(0, bytes));
}

// Passes the pending written bytes to the buffer.
bool write_pending(Interpreter& interpreter, TextObject* text) {
  if (text->pending_bytes.empty()) return true;
  const std::string data = std::move(text->pending_bytes);
  text->pending_bytes.clear();
  const Value buffer = text->buffer.get();
  if (is_native_buffered(interpreter, buffer)) return buffered_write_bytes(interpreter, buffer, data);
  Ref bytes = runtime::new_bytes(interpreter, data);
  return static_cast<bool>(call_method(interpreter, buffer, "write", bytes.get()));
}

// The pending bytes, then buffer.flush().
bool flush_all(Interpreter& interpreter, TextObject* text) {
  return write_pending(interpreter, text) && call_method(interpreter, text->buffer.get(), "flush");
}

bool check_readable(Interpreter& interpreter, TextObject* text) {
  if (!write_pending(interpreter, text)) return false;
  if (text->readable) return true;
  raise_unsupported(interpreter, "not readable");
  return false;
}

Ref text_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 0, 1))
    return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  TextObject* text = open_text(interpreter, self);
  if (!text || !check_readable(interpreter, text)) return Ref();
  std::string result;
  bool eof = false;
  if (size < 0) {
    take_decoded(text, -1, result);
    while (!eof) {
      if (!read_chunk(interpreter, text, true, eof)) return Ref();
      take_decoded(text, -1, result);
    }
    return runtime::new_str(interpreter, result);
  }
  std::int64_t remaining = size - take_decoded(text, size, result);
  while (remaining > 0 && !eof) {
    if (!read_chunk(interpreter, text, false, eof)) return Ref();
    remaining -= take_decoded(text, remaining, result);
  }
  return runtime::new_str(interpreter, result);
}

// The end of the line that starts `rest`, or npos when no line ending is
// in it yet; `line` is what the line holds so far (a "\r\n" separator may
// straddle the two).
std::size_t find_line_end(const TextObject* text, std::string_view line, std::string_view rest) {
  if (text->read_universal && !text->read_translate) {
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '\n') return i + 1;
      if (rest[i] == '\r') return i + 1 < rest.size() && rest[i + 1] == '\n' ? i + 2 : i + 1;
    }
    return std::string_view::npos;
  }
  if (text->read_newline == "\r\n") {
    if (!line.empty() && line.back() == '\r' && !rest.empty() && rest[0] == '\n') return 1;
    const std::size_t found = rest.find("\r\n");
    return found == std::string_view::npos ? found : found + 2;
  }
  const char wanted = text->read_newline == "\r" ? '\r' : '\n';
  const std::size_t found = rest.find(wanted);
  return found == std::string_view::npos ? found : found + 1;
}

// The next line, at most `limit` characters (no limit when negative).
bool read_line(Interpreter& interpreter, TextObject* text, std::int64_t limit, std::string& line) {
  std::int64_t characters = 0;
  for (;;) {
    const std::string_view rest = std::string_view(text->decoded).substr(text->decoded_position);
    const std::size_t end = find_line_end(text, line, rest);
    std::size_t take = end == std::string_view::npos ? rest.size() : end;
    if (limit >= 0) {
      const std::size_t allowed = skip_characters(rest, limit - characters);
      if (allowed < take) take = allowed;
      characters += count_characters(rest.substr(0, take));
    }
    line.append(rest.substr(0, take));
    text->decoded_position += take;
    if ((end != std::string_view::npos && take == end) || (limit >= 0 && characters >= limit)) return true;
    bool eof = false;
    if (!read_chunk(interpreter, text, false, eof)) return false;
    if (eof && text->decoded.empty()) return true;
  }
}

Ref text_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readline", kwnames) ||
      !runtime::check_positional(interpreter, "readline", count, 0, 1))
    return Ref();
  std::int64_t limit = -1;
  if (count == 1) {
    if (runtime::is_float(interpreter, arguments[0]) || (!arguments[0].is_small_int() && !runtime::is_int(interpreter, arguments[0]) && arguments[0] != interpreter.none()))
      return interpreter.raise(interpreter.TypeError_type, "'" + std::string(runtime::type_name(interpreter, arguments[0])) +
                                                               "' object cannot be interpreted as an integer");
    if (!size_argument(interpreter, arguments[0], limit)) return Ref();
  }
  TextObject* text = open_text(interpreter, self);
  if (!text || !check_readable(interpreter, text)) return Ref();
  std::string line;
  if (!read_line(interpreter, text, limit, line)) return Ref();
  return runtime::new_str(interpreter, line);
}

Ref text_next(Interpreter& interpreter, Value self) {
  if (runtime::type_of(interpreter, self)->is_heap_type) {
    Ref line = call_method(interpreter, self, "readline");
    if (!line) return Ref();
    if (!runtime::is_str(interpreter, line.get()))
      return interpreter.raise(interpreter.OSError_type, "readline() should have returned a str object, not '" +
                                                             std::string(runtime::type_name(interpreter, line.get())) + "'");
    if (runtime::as_str(line.get())->length == 0) return Ref();
    return line;
  }
  TextObject* text = open_text(interpreter, self);
  if (!text || !check_readable(interpreter, text)) return Ref();
  std::string line;
  if (!read_line(interpreter, text, -1, line) || line.empty()) return Ref();
  return runtime::new_str(interpreter, line);
}

// The bytes `str` encodes to under the wrapper's codec.
Ref encode(Interpreter& interpreter, TextObject* text, Value str) {
  if (runtime::as_str(str)->ascii && text->codec != Codec::other) return runtime::new_bytes(interpreter, runtime::str_utf8(str));
  return runtime::encode_text(interpreter, str, runtime::str_utf8(text->encoding.get()), runtime::str_utf8(text->errors.get()));
}

Ref text_write(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "TextIOWrapper.write", count, kwnames)) return Ref();
  TextObject* text = open_text(interpreter, self);
  if (!text) return Ref();
  Value str = arguments[0];
  if (!runtime::is_str(interpreter, str))
    return interpreter.raise(interpreter.TypeError_type,
                             "write() argument must be str, not " + std::string(runtime::type_name(interpreter, str)));
  if (!text->writable) return raise_unsupported(interpreter, "not writable");
  const std::int64_t length = runtime::as_str(str)->length;
  const std::string_view utf8 = runtime::str_utf8(str);
  const bool has_newline = utf8.find('\n') != std::string_view::npos;
  Ref translated;
  if (has_newline && !text->write_newline.empty()) {
    std::string replaced;
    for (const char c : utf8) {
      if (c == '\n') replaced += text->write_newline;
      else replaced += c;
    }
    translated = runtime::new_str(interpreter, replaced);
    str = translated.get();
  }
  const bool flush = text->line_buffering && (has_newline || utf8.find('\r') != std::string_view::npos);
  Ref bytes = encode(interpreter, text, str);
  if (!bytes) return Ref();
  if (!text->decoded.empty() || !text->pending.empty() || text->pending_cr) reset_reading(text);
  const Value buffer = text->buffer.get();
  std::string_view data;
  if (!runtime::byte_view(interpreter, bytes.get(), data)) return Ref();
  // The standard streams' buffers are C's stdio: bytes go there at once.
  if (is_native_buffered(interpreter, buffer) && buffered_uses_stdio(buffer) && text->pending_bytes.empty()) {
    if (!buffered_write_bytes(interpreter, buffer, data)) return Ref();
  } else {
    text->pending_bytes += data;
    if ((text->write_through || flush || static_cast<std::int64_t>(text->pending_bytes.size()) >= text->chunk_size) &&
        !write_pending(interpreter, text))
      return Ref();
  }
  if (flush && !call_method(interpreter, buffer, "flush")) return Ref();
  return runtime::new_int(interpreter, length);
}

Ref text_flush(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.flush", count, kwnames)) return Ref();
  TextObject* text = open_text(interpreter, self);
  if (!text || !write_pending(interpreter, text)) return Ref();
  return call_method(interpreter, text->buffer.get(), "flush");
}

Ref text_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.close", count, kwnames)) return Ref();
  TextObject* text = attached(interpreter, self);
  if (!text) return Ref();
  const int closed = object_closed(interpreter, text->buffer.get());
  if (closed < 0) return Ref();
  if (closed) return interpreter.new_none();
  if (text->finalizing) warn_unclosed(interpreter, text->buffer.get(), self);
  Ref flushed = call_method(interpreter, self, "flush");
  Ref flush_error = flushed ? Ref() : interpreter.take_exception();
  Ref result = call_method(interpreter, text->buffer.get(), "close");
  if (flush_error) {
    if (!result) Ref ignored = interpreter.take_exception();
    interpreter.restore_exception(std::move(flush_error));
    return Ref();
  }
  return result;
}

Ref text_detach(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.detach", count, kwnames)) return Ref();
  TextObject* text = attached(interpreter, self);
  if (!text || !call_method(interpreter, self, "flush")) return Ref();
  text->detached = true;
  return std::move(text->buffer);
}

// Bytes of the stream that the first `characters_bytes` bytes of `decoded` came from.
std::int64_t source_bytes(Interpreter& interpreter, TextObject* text, std::size_t used) {
  const std::string_view consumed = std::string_view(text->decoded).substr(0, used);
  std::int64_t bytes = 0;
  switch (text->codec) {
    case Codec::utf8:
    case Codec::ascii:
      bytes = static_cast<std::int64_t>(consumed.size());
      break;
    case Codec::latin1:
      bytes = count_characters(consumed);
      break;
    case Codec::other: {
      Ref str = runtime::new_str(interpreter, consumed);
      Ref encoded = str ? runtime::encode_text(interpreter, str.get(), runtime::str_utf8(text->encoding.get()), "surrogatepass")
                        : Ref();
      if (!encoded) return -1;
      bytes = runtime::as_bytes(encoded.get())->size;
      break;
    }
  }
  for (const std::size_t position : text->translated_crlf) bytes += position < used;
  return bytes;
}

std::int64_t text_position(Interpreter& interpreter, TextObject* text) {
  if (!flush_all(interpreter, text)) return -1;
  Ref told = call_method(interpreter, text->buffer.get(), "tell");
  std::int64_t position = 0;
  if (!told || !runtime::index_argument(interpreter, told.get(), position)) return -1;
  if (text->decoded.empty() && text->pending.empty() && !text->pending_cr) return position;
  const std::int64_t carried = static_cast<std::int64_t>(text->pending.size()) + text->pending_cr;
  const std::int64_t used = source_bytes(interpreter, text, text->decoded_position);
  if (used < 0) return -1;
  return position - carried - text->chunk_bytes + used;
}

Ref text_tell(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.tell", count, kwnames)) return Ref();
  TextObject* text = open_text(interpreter, self);
  if (!text) return Ref();
  if (!text->seekable) return raise_unsupported(interpreter, "underlying stream is not seekable");
  const std::int64_t position = text_position(interpreter, text);
  if (position < 0) return Ref();
  return runtime::new_int(interpreter, position);
}

Ref text_seek(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "seek", kwnames) || !runtime::check_positional(interpreter, "seek", count, 1, 2))
    return Ref();
  TextObject* text = open_text(interpreter, self);
  if (!text) return Ref();
  std::int64_t cookie = 0, whence = 0;
  if (count == 2 && !runtime::index_argument(interpreter, arguments[1], whence)) return Ref();
  if (!text->seekable) return raise_unsupported(interpreter, "underlying stream is not seekable");
  if (runtime::is_float(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "an integer is required");
  if (!runtime::index_argument(interpreter, arguments[0], cookie)) return Ref();
  if (whence == 1) {
    if (cookie != 0) return raise_unsupported(interpreter, "can't do nonzero cur-relative seeks");
    cookie = text_position(interpreter, text);
    if (cookie < 0) return Ref();
  } else if (whence == 2) {
    if (cookie != 0) return raise_unsupported(interpreter, "can't do nonzero end-relative seeks");
    if (!flush_all(interpreter, text)) return Ref();
    reset_reading(text);
    const Value seek_arguments[] = {Value::small_int(0), Value::small_int(2)};
    return call_method(interpreter, text->buffer.get(), "seek", seek_arguments, 2);
  } else if (whence != 0) {
    return interpreter.raise(interpreter.ValueError_type,
                             "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (cookie < 0) return interpreter.raise(interpreter.ValueError_type, "negative seek position " + std::to_string(cookie));
  if (!flush_all(interpreter, text)) return Ref();
  reset_reading(text);
  Ref target = runtime::new_int(interpreter, cookie);
  if (!call_method(interpreter, text->buffer.get(), "seek", target.get())) return Ref();
  return target;
}

Ref text_truncate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "truncate", kwnames) ||
      !runtime::check_positional(interpreter, "truncate", count, 0, 1))
    return Ref();
  TextObject* text = attached(interpreter, self);
  if (!text || !call_method(interpreter, self, "flush")) return Ref();
  return call_method(interpreter, text->buffer.get(), "truncate", arguments, count);
}

// The buffer, which answers fileno(), isatty(), seekable(), readable(),
// writable() and closed and name.
Value buffer_layer(Interpreter& interpreter, Value self) {
  TextObject* text = attached(interpreter, self);
  return text ? text->buffer.get() : Value();
}

// None once detached, as CPython's.
Ref text_buffer(Interpreter& interpreter, Value self) {
  TextObject* text = as_text(self);
  if (text->detached) return interpreter.new_none();
  if (!text->initialized) return raise_uninitialized(interpreter);
  return Ref::borrow(text->buffer.get());
}
Ref text_encoding_get(Interpreter& interpreter, Value self) {
  if (!as_text(self)->initialized) return raise_uninitialized(interpreter);
  return Ref::borrow(as_text(self)->encoding.get());
}
Ref text_errors(Interpreter& interpreter, Value self) {
  if (!as_text(self)->initialized) return raise_uninitialized(interpreter);
  return Ref::borrow(as_text(self)->errors.get());
}
Ref text_line_buffering(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_text(self)->line_buffering);
}
Ref text_write_through(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_text(self)->write_through);
}
Ref text_finalizing(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_text(self)->finalizing); }
Ref text_newlines(Interpreter& interpreter, Value self) {
  TextObject* text = attached(interpreter, self);
  if (!text) return Ref();
  if (!text->readable || !text->read_universal) return interpreter.new_none();
  return newlines_value(interpreter, text->seen);
}
Ref text_chunk_size(Interpreter& interpreter, Value self) {
  return runtime::new_int(interpreter, as_text(self)->chunk_size);
}
int text_set_chunk_size(Interpreter& interpreter, Value self, Value value) {
  std::int64_t size = 0;
  if (value.is_null()) {
    interpreter.set_exception(interpreter.AttributeError_type, "cannot delete attribute");
    return -1;
  }
  if (!runtime::index_argument(interpreter, value, size)) return -1;
  if (size <= 0) {
    interpreter.set_exception(interpreter.ValueError_type, "a strictly positive integer is required");
    return -1;
  }
  as_text(self)->chunk_size = size;
  return 0;
}

// newline: None, '', '\n', '\r' or '\r\n', else ValueError/TypeError.
bool check_newline(Interpreter& interpreter, const char* function, Value newline) {
  if (newline.is_null() || newline == interpreter.none()) return true;
  if (!runtime::is_str(interpreter, newline)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument 'newline' must be str or None, not " +
                                                              runtime::argument_type_name(interpreter, newline));
    return false;
  }
  const std::string_view text = runtime::str_utf8(newline);
  if (text.empty() || text == "\n" || text == "\r" || text == "\r\n") return true;
  interpreter.set_exception(interpreter.ValueError_type, "illegal newline value: " + std::string(text));
  return false;
}

void set_newline(TextObject* text, Interpreter& interpreter, Value newline) {
  const bool none = newline.is_null() || newline == interpreter.none();
  const std::string value = none ? "" : std::string(runtime::str_utf8(newline));
  text->read_universal = none || value.empty();
  text->read_translate = none;
  text->read_newline = value;
  text->write_newline = !text->read_universal && value != "\n" ? value : "";
}

// The encoding and errors arguments checked: the codec must exist.
bool set_codec(Interpreter& interpreter, TextObject* text, Value encoding, Value errors) {
  Ref probe = runtime::decode_bytes(interpreter, "", runtime::str_utf8(encoding), "strict");
  if (!probe) return false;
  text->encoding = Ref::borrow(encoding);
  text->errors = Ref::borrow(errors);
  text->codec = codec_of(runtime::str_utf8(encoding), text->unit);
  return true;
}

Ref text_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(new_io_object<TextObject>(interpreter, as_type(callee))));
}

bool query(Interpreter& interpreter, Value buffer, const char* method, bool& out) {
  Ref result = call_method(interpreter, buffer, method);
  if (!result) return false;
  const int truth = runtime::truth(interpreter, result.get());
  if (truth < 0) return false;
  out = truth;
  return true;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False).
Ref text_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[6];
  if (!runtime::bind_arguments(interpreter,
                               {"TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0, 1},
                               arguments, count, kwnames, values))
    return Ref();
  TextObject* text = as_text(self);
  text->initialized = false;
  text->detached = false;
  const Value none = interpreter.none();
  Value encoding = values[1].is_null() ? none : values[1];
  Value errors = values[2].is_null() ? none : values[2];
  if (encoding != none && !runtime::is_str(interpreter, encoding))
    return interpreter.raise(interpreter.TypeError_type, "TextIOWrapper() argument 'encoding' must be str or None, not " +
                                                             runtime::argument_type_name(interpreter, encoding));
  Ref default_errors;
  if (errors == none) {
    default_errors = runtime::new_str(interpreter, "strict");
    errors = default_errors.get();
  } else if (!runtime::is_str(interpreter, errors)) {
    return interpreter.raise(interpreter.TypeError_type, "TextIOWrapper() argument 'errors' must be str or None, not " +
                                                             runtime::argument_type_name(interpreter, errors));
  }
  if (!check_newline(interpreter, "TextIOWrapper", values[3])) return Ref();
  bool line_buffering = false, write_through = false;
  for (int i : {4, 5}) {
    if (values[i].is_null()) continue;
    const int truth = runtime::truth(interpreter, values[i]);
    if (truth < 0) return Ref();
    (i == 4 ? line_buffering : write_through) = truth;
  }
  Ref locale;
  if (encoding == none || runtime::str_utf8(encoding) == "locale") {
    locale = runtime::new_str(interpreter, "UTF-8");
    encoding = locale.get();
  }
  if (!set_codec(interpreter, text, encoding, errors)) return Ref();
  set_newline(text, interpreter, values[3]);
  text->line_buffering = line_buffering;
  text->write_through = write_through;
  const Value buffer = values[0];
  if (!query(interpreter, buffer, "readable", text->readable) || !query(interpreter, buffer, "writable", text->writable) ||
      !query(interpreter, buffer, "seekable", text->seekable))
    return Ref();
  Ref read1;
  if (runtime::lookup_attribute(interpreter, buffer, interpreter.intern("read1"), read1) < 0) return Ref();
  text->has_read1 = static_cast<bool>(read1);
  text->buffer = Ref::borrow(buffer);
  reset_reading(text);
  text->seen = 0;
  text->initialized = true;
  return interpreter.new_none();
}

// reconfigure(*, encoding=None, errors=None, newline=Ellipsis,
// line_buffering=None, write_through=None).
Ref text_reconfigure(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[5];
  if (!runtime::bind_arguments(interpreter,
                               {"reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 5, 0},
                               arguments, count, kwnames, values))
    return Ref();
  TextObject* text = attached(interpreter, self);
  if (!text) return Ref();
  const Value none = interpreter.none();
  const bool encoding_given = !values[0].is_null() && values[0] != none;
  const bool errors_given = !values[1].is_null() && values[1] != none;
  const bool newline_given = !values[2].is_null() && values[2] != interpreter.ellipsis();
  if ((encoding_given || errors_given || newline_given) && !text->decoded.empty())
    return raise_unsupported(interpreter, "It is not possible to set the encoding or newline of stream after the first read");
  if (newline_given && !check_newline(interpreter, "reconfigure", values[2])) return Ref();
  if (!call_method(interpreter, self, "flush")) return Ref();
  if (encoding_given || errors_given) {
    Ref encoding = Ref::borrow(encoding_given ? values[0] : text->encoding.get());
    if (!runtime::is_str(interpreter, encoding.get()))
      return interpreter.raise(interpreter.TypeError_type, "reconfigure() argument 'encoding' must be str or None, not " +
                                                               runtime::argument_type_name(interpreter, encoding.get()));
    Ref errors = errors_given ? Ref::borrow(values[1])
                              : encoding_given ? runtime::new_str(interpreter, "strict") : Ref::borrow(text->errors.get());
    if (!runtime::is_str(interpreter, errors.get()))
      return interpreter.raise(interpreter.TypeError_type, "reconfigure() argument 'errors' must be str or None, not " +
                                                               runtime::argument_type_name(interpreter, errors.get()));
    if (runtime::str_utf8(encoding.get()) == "locale") encoding = runtime::new_str(interpreter, "UTF-8");
    if (!set_codec(interpreter, text, encoding.get(), errors.get())) return Ref();
  }
  if (newline_given) set_newline(text, interpreter, values[2]);
  for (int i : {3, 4}) {
    if (values[i].is_null() || values[i] == none) continue;
    const int truth = runtime::truth(interpreter, values[i]);
    if (truth < 0) return Ref();
    (i == 3 ? text->line_buffering : text->write_through) = truth;
  }
  return interpreter.new_none();
}

// <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>.
Ref text_repr(Interpreter& interpreter, Value self) {
  TextObject* text = as_text(self);
  if (!text->initialized) return runtime::new_str(interpreter, "<" + runtime::type_of(interpreter, self)->name + ">");
  std::string result = "<" + runtime::type_of(interpreter, self)->name;
  for (const char* attribute : {"name", "mode"}) {
    Ref value;
    if (runtime::lookup_attribute(interpreter, self, interpreter.intern(attribute), value) < 0) {
      if (!interpreter.exception_is(interpreter.Exception_type)) return Ref();
      Ref ignored = interpreter.take_exception();
    }
    if (!value) continue;
    Ref shown = runtime::repr(interpreter, value.get());
    if (!shown) return Ref();
    result += " " + std::string(attribute) + "=" + std::string(runtime::str_utf8(shown.get()));
  }
  Ref encoding = runtime::repr(interpreter, text->encoding.get());
  if (!encoding) return Ref();
  return runtime::new_str(interpreter, result + " encoding=" + std::string(runtime::str_utf8(encoding.get())) + ">");
}

// The buffer is not visited: to the collector it is referred to from
// outside, so a wrapper in a garbage cycle is finalized (closed, its
// pending bytes and its buffer flushed) while its buffer still works. (A
// cycle through the buffer itself is therefore never collected.)
void text_traverse(runtime::Object*, const runtime::Visitor&) {}

void text_clear(Interpreter&, runtime::Object* object) {
  auto* text = static_cast<TextObject*>(object);
  Ref buffer = std::move(text->buffer);
  text->initialized = false;
}

// IncrementalNewlineDecoder(decoder, translate, errors='strict'): universal
// newlines over another decoder's output (or over strs when it is None).
struct NewlineDecoderObject : runtime::Object {
  Ref decoder;
  bool translate = false;
  bool pending_cr = false;
  int seen = 0;
  bool initialized = false;
};

NewlineDecoderObject* as_decoder(Value value) { return static_cast<NewlineDecoderObject*>(value.as_object()); }

NewlineDecoderObject* valid_decoder(Interpreter& interpreter, Value self) {
  NewlineDecoderObject* decoder = as_decoder(self);
  if (!decoder->initialized) {
    interpreter.set_exception(interpreter.ValueError_type, "IncrementalNewlineDecoder.__init__() not called");
    return nullptr;
  }
  return decoder;
}

Ref decoder_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(runtime::gc_new<NewlineDecoderObject>(interpreter, as_type(callee))));
}

Ref decoder_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[3];
  if (!runtime::bind_arguments(interpreter, {"IncrementalNewlineDecoder", {"decoder", "translate", "errors"}, 0, 0, 2},
                               arguments, count, kwnames, values))
    return Ref();
  const int translate = runtime::truth(interpreter, values[1]);
  if (translate < 0) return Ref();
  NewlineDecoderObject* decoder = as_decoder(self);
  decoder->decoder = values[0] == interpreter.none() ? Ref() : Ref::borrow(values[0]);
  decoder->translate = translate;
  decoder->pending_cr = false;
  decoder->seen = 0;
  decoder->initialized = true;
  return interpreter.new_none();
}

Ref decoder_decode(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"decode", {"input", "final"}, 0, 0, 1}, arguments, count, kwnames, values))
    return Ref();
  NewlineDecoderObject* decoder = valid_decoder(interpreter, self);
  if (!decoder) return Ref();
  int final = 0;
  if (!values[1].is_null() && (final = runtime::truth(interpreter, values[1])) < 0) return Ref();
  Ref output;
  if (decoder->decoder) {
    const Value decode_arguments[] = {values[0], interpreter.boolean(final)};
    output = call_method(interpreter, decoder->decoder.get(), "decode", decode_arguments, 2);
    if (!output) return Ref();
  } else {
    output = Ref::borrow(values[0]);
  }
  if (!runtime::is_str(interpreter, output.get()))
    return interpreter.raise(interpreter.TypeError_type, "decoder should return a string result, not '" +
                                                             std::string(runtime::type_name(interpreter, output.get())) + "'");
  std::string text = decoder->pending_cr && (runtime::as_str(output.get())->length > 0 || final) ? "\r" : "";
  if (!text.empty()) decoder->pending_cr = false;
  text += runtime::str_utf8(output.get());
  if (!final && !text.empty() && text.back() == '\r') {
    text.pop_back();
    decoder->pending_cr = true;
  }
  translate_newlines(text, decoder->translate, decoder->seen);
  return runtime::new_str(interpreter, text);
}

Ref decoder_getstate(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "IncrementalNewlineDecoder.getstate", count, kwnames)) return Ref();
  NewlineDecoderObject* decoder = valid_decoder(interpreter, self);
  if (!decoder) return Ref();
  Ref buffer;
  std::int64_t flag = 0;
  if (decoder->decoder) {
    Ref state = call_method(interpreter, decoder->decoder.get(), "getstate");
    if (!state) return Ref();
    if (runtime::type_of(interpreter, state.get()) != interpreter.tuple_type || runtime::as_tuple(state.get())->size != 2)
      return interpreter.raise(interpreter.TypeError_type, "illegal decoder state");
    buffer = Ref::borrow(runtime::as_tuple(state.get())->items()[0]);
    if (!runtime::index_argument(interpreter, runtime::as_tuple(state.get())->items()[1], flag)) return Ref();
  } else {
    buffer = runtime::new_bytes(interpreter, "");
  }
  flag = flag << 1 | decoder->pending_cr;
  Ref flag_value = runtime::new_int(interpreter, flag);
  const Value items[] = {buffer.get(), flag_value.get()};
  return runtime::new_tuple(interpreter, items);
}

Ref decoder_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "IncrementalNewlineDecoder.setstate", count, kwnames)) return Ref();
  NewlineDecoderObject* decoder = valid_decoder(interpreter, self);
  if (!decoder) return Ref();
  const Value state = arguments[0];
  if (runtime::type_of(interpreter, state) != interpreter.tuple_type || runtime::as_tuple(state)->size != 2)
    return interpreter.raise(interpreter.TypeError_type, "state argument must be a tuple");
  std::int64_t flag = 0;
  if (!runtime::index_argument(interpreter, runtime::as_tuple(state)->items()[1], flag)) return Ref();
  decoder->pending_cr = flag & 1;
  if (!decoder->decoder) return interpreter.new_none();
  Ref inner_flag = runtime::new_int(interpreter, flag >> 1);
  const Value items[] = {runtime::as_tuple(state)->items()[0], inner_flag.get()};
  Ref inner = runtime::new_tuple(interpreter, items);
  return call_method(interpreter, decoder->decoder.get(), "setstate", inner.get());
}

Ref decoder_reset(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "IncrementalNewlineDecoder.reset", count, kwnames)) return Ref();
  NewlineDecoderObject* decoder = valid_decoder(interpreter, self);
  if (!decoder) return Ref();
  decoder->seen = 0;
  decoder->pending_cr = false;
  if (decoder->decoder) return call_method(interpreter, decoder->decoder.get(), "reset");
  return interpreter.new_none();
}

Ref decoder_newlines(Interpreter& interpreter, Value self) {
  NewlineDecoderObject* decoder = valid_decoder(interpreter, self);
  if (!decoder) return Ref();
  return newlines_value(interpreter, decoder->seen);
}

void decoder_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<NewlineDecoderObject*>(object));
}
void decoder_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  visit(static_cast<NewlineDecoderObject*>(object)->decoder);
}
void decoder_clear(Interpreter&, runtime::Object* object) {
  Ref decoder = std::move(static_cast<NewlineDecoderObject*>(object)->decoder);
}

}  // namespace

Ref newlines_value(Interpreter& interpreter, int seen) {
  std::vector<Ref> kinds;
  if (seen & seen_cr) kinds.push_back(runtime::new_str(interpreter, "\r"));
  if (seen & seen_lf) kinds.push_back(runtime::new_str(interpreter, "\n"));
  if (seen & seen_crlf) kinds.push_back(runtime::new_str(interpreter, "\r\n"));
  if (kinds.empty()) return interpreter.new_none();
  if (kinds.size() == 1) return std::move(kinds[0]);
  std::vector<Value> items;
  for (const Ref& kind : kinds) items.push_back(kind.get());
  return runtime::new_tuple(interpreter, items);
}

Ref new_text_wrapper(Interpreter& interpreter, Value buffer, Value encoding, Value errors, Value newline,
                     bool line_buffering, bool write_through) {
  IoState* state = io_state(interpreter, false);
  const Value arguments[] = {buffer, encoding, errors, newline, interpreter.boolean(line_buffering),
                             interpreter.boolean(write_through)};
  return runtime::call(interpreter, Value::object(state->text_wrapper), arguments, 6);
}

void init_text_types(Interpreter& interpreter, IoState& state) {
  Type* type = new_io_type(interpreter, "_io.TextIOWrapper", state.text_iobase, &io_deallocate<TextObject>,
                           &text_traverse, &text_clear);
  type->construct = &text_new;
  type->initialize = &text_init;
  type->repr = &text_repr;
  type->next = &text_next;
  runtime::add_methods(interpreter, type,
                       {{"read", &text_read},
                        {"readline", &text_readline},
                        {"write", &text_write},
                        {"flush", &text_flush},
                        {"close", &text_close},
                        {"detach", &text_detach},
                        {"seek", &text_seek},
                        {"tell", &text_tell},
                        {"truncate", &text_truncate},
                        {"reconfigure", &text_reconfigure},
                        {"fileno", &forward_method<buffer_layer, names::fileno>},
                        {"isatty", &forward_method<buffer_layer, names::isatty>},
                        {"seekable", &forward_method<buffer_layer, names::seekable>},
                        {"readable", &forward_method<buffer_layer, names::readable>},
                        {"writable", &forward_method<buffer_layer, names::writable>}});
  runtime::add_getsets(interpreter, type,
                       {{"buffer", &text_buffer},
                        {"closed", &forward_attribute<buffer_layer, names::closed>},
                        {"name", &forward_attribute<buffer_layer, names::name>},
                        {"encoding", &text_encoding_get},
                        {"errors", &text_errors},
                        {"newlines", &text_newlines},
                        {"line_buffering", &text_line_buffering},
                        {"write_through", &text_write_through},
                        {"_finalizing", &text_finalizing},
                        {"_CHUNK_SIZE", &text_chunk_size, &text_set_chunk_size}});
  runtime::ready_native_type(interpreter, type);
  state.text_wrapper = type;
}

void init_newline_decoder_type(Interpreter& interpreter, IoState& state) {
  Type* decoder = runtime::new_native_type(interpreter, "_io.IncrementalNewlineDecoder", interpreter.object_type);
  decoder->construct = &decoder_new;
  decoder->initialize = &decoder_init;
  decoder->deallocate = &decoder_deallocate;
  decoder->traverse = &decoder_traverse;
  decoder->clear = &decoder_clear;
  decoder->subclassable = true;
  runtime::add_methods(interpreter, decoder,
                       {{"decode", &decoder_decode},
                        {"getstate", &decoder_getstate},
                        {"setstate", &decoder_setstate},
                        {"reset", &decoder_reset}});
  runtime::add_getsets(interpreter, decoder, {{"newlines", &decoder_newlines}});
  runtime::ready_native_type(interpreter, decoder);
  state.newline_decoder = decoder;
}

}  // namespace krait::modules::io
