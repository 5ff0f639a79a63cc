// Native modules: _io (CPython's Modules/_io), shared by its files. The
// module's types are made on the first use of _io (its import, open(), or
// the standard streams), kept in the interpreter's IoState.
//   iobase.cpp    _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase
//   fileio.cpp    FileIO (a file descriptor)
//   bytesio.cpp   BytesIO           stringio.cpp  StringIO
//   buffered.cpp  BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair
//   textio.cpp    TextIOWrapper, IncrementalNewlineDecoder
//   io_module.cpp the module, open(), text_encoding(), the standard streams
#pragma once

#include <concepts>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "objects/object_object.h"
#include "runtime/interpreter.h"

namespace krait::modules::io {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// CPython's io.DEFAULT_BUFFER_SIZE.
constexpr std::int64_t default_buffer_size = 8192;

// The layout every _io object starts with: the instance dict (every _io
// class has one, as CPython's) and _IOBase's closed flag (CPython keeps it
// as the attribute __IOBase_closed).
struct IOObject : runtime::Object {
  runtime::Attributes attributes;
  bool iobase_closed = false;
  bool finalizing = false;  // _finalizing: being closed by its finalizer
};

// The types, and the names the module's code looks up often.
struct IoState {
  Type* iobase = nullptr;
  Type* raw_iobase = nullptr;
  Type* buffered_iobase = nullptr;
  Type* text_iobase = nullptr;
  Type* fileio = nullptr;
  Type* bytesio = nullptr;
  Type* stringio = nullptr;
  Type* buffered_reader = nullptr;
  Type* buffered_writer = nullptr;
  Type* buffered_random = nullptr;
  Type* buffered_rwpair = nullptr;
  Type* text_wrapper = nullptr;
  Type* newline_decoder = nullptr;
  Ref unsupported_operation;  // a class deriving from OSError and ValueError
  bool complete = false;      // all of the above made (else only the streams' types)
};

// The state, making the types on first use (null only if that failed).
// The standard streams, made at start-up, need only the types of their
// layers (`complete` false): the others wait for _io's import or open().
IoState* io_state(Interpreter& interpreter, bool complete = true);

// Per-file initialisers, called once by io_state(): the streams' types,
// then the others.
void init_iobase_types(Interpreter& interpreter, IoState& state);
void init_fileio_type(Interpreter& interpreter, IoState& state);
void init_buffered_types(Interpreter& interpreter, IoState& state);  // BufferedReader, BufferedWriter
void init_text_types(Interpreter& interpreter, IoState& state);      // TextIOWrapper
void init_bytesio_type(Interpreter& interpreter, IoState& state);
void init_stringio_type(Interpreter& interpreter, IoState& state);
void init_buffered_random_types(Interpreter& interpreter, IoState& state);  // BufferedRandom, BufferedRWPair
void init_newline_decoder_type(Interpreter& interpreter, IoState& state);

// A new native _io type over `base`, with IOObject's attributes and the
// collector's slots; `T` is its C++ layout.
Type* new_io_type(Interpreter& interpreter, const char* name, Type* base, runtime::Deallocator deallocate,
                  runtime::TraverseSlot traverse, runtime::ClearSlot clear);
template <class T>
void io_deallocate(Interpreter& interpreter, runtime::Object* object) {
  auto* io = static_cast<T*>(object);
  runtime::release_attributes(io->attributes);
  runtime::gc_delete(interpreter, io);
}
// A new instance of `type` (an _io type or a class deriving from it) of layout T.
template <class T>
T* new_io_object(Interpreter& interpreter, Type* type) {
  return runtime::gc_new<T>(interpreter, type);
}

inline Type* as_type(Value value) { return static_cast<Type*>(value.as_object()); }

// What the raise helpers return: the failure value of whatever the caller
// returns (the null Ref, false, or -1), so any fallible function can
// `return raise_closed(interpreter);`.
struct Raised {
  operator Ref() const { return Ref(); }
  template <class T>
    requires std::same_as<T, bool> || std::same_as<T, std::int64_t> || std::same_as<T, int>
  operator T() const {
    if constexpr (std::same_as<T, bool>) return false;
    else return -1;
  }
};

// Errors, with CPython's texts.
Raised raise_unsupported(Interpreter& interpreter, std::string_view message);  // io.UnsupportedOperation
Raised raise_closed(Interpreter& interpreter);           // ValueError "I/O operation on closed file."
Raised raise_errno(Interpreter& interpreter, int error, Value filename = Value());  // OSError(errno, strerror[, filename])
Raised raise_uninitialized(Interpreter& interpreter);   // ValueError "I/O operation on uninitialized object"
// Any exception: interpreter.set_exception(type, message).
Raised raise_error(Interpreter& interpreter, Type* type, std::string_view message);

// The layered objects (buffered over raw, text over buffered) answer some
// methods and attributes from the layer below: `Layer` gives it (null with
// ValueError pending when detached).
using Layer = Value (*)(Interpreter& interpreter, Value self);
template <Layer layer, const char* method>
Ref forward_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames);
template <Layer layer, const char* attribute>
Ref forward_attribute(Interpreter& interpreter, Value self);
namespace names {
inline constexpr char fileno[] = "fileno";
inline constexpr char isatty[] = "isatty";
inline constexpr char seekable[] = "seekable";
inline constexpr char readable[] = "readable";
inline constexpr char writable[] = "writable";
inline constexpr char closed[] = "closed";
inline constexpr char name[] = "name";
inline constexpr char mode[] = "mode";
}  // namespace names

// __getstate__'s last item: a copy of the instance dict, or None when empty.
Ref state_dict(Interpreter& interpreter, Value self);
// __setstate__'s tuple of `size` items (TypeError otherwise), whose item
// `dict_index` (a dict or None) updates the instance dict.
[[nodiscard]] bool check_state(Interpreter& interpreter, Value self, Value state, std::int64_t size, std::int64_t dict_index);

// A size argument of read(size=-1) and friends: None or absent is -1.
[[nodiscard]] bool size_argument(Interpreter& interpreter, Value value, std::int64_t& out);
// The bytes a writable buffer (bytearray, writable memoryview) holds, for
// readinto; TypeError "<argument> must be read-write bytes-like object, not
// bytes" otherwise.
[[nodiscard]] bool writable_buffer(Interpreter& interpreter, Value value, char*& data, std::int64_t& size,
                                   std::string_view argument = "readinto() argument");
// A bytes-like argument (write(b)): TypeError "a bytes-like object is required, not 'str'".
[[nodiscard]] bool bytes_argument(Interpreter& interpreter, Value value, std::string_view& out);

// Calls obj.name(*arguments).
Ref call_method(Interpreter& interpreter, Value object, const char* name, const Value* arguments = nullptr,
                std::size_t count = 0);
Ref call_method(Interpreter& interpreter, Value object, const char* name, Value argument);

// A finalizer closing `source` (a file object over `stream`) warns that it
// was left open: stream._dealloc_warn(source), errors ignored (CPython's
// close methods when _finalizing).
void warn_unclosed(Interpreter& interpreter, Value stream, Value source);
// obj.closed as a bool: 1, 0 or -1.
int object_closed(Interpreter& interpreter, Value object);
// _IOBase.close's own work (flush, then mark closed), for the types that extend it.
Ref iobase_close(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

// readline() over peek()/read() (_IOBase.readline) and iteration over
// readline(), shared by the types without their own.
Ref iobase_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

// The standard streams: sys.stdin/stdout/stderr as TextIOWrapper over
// buffered file objects over file descriptors 0, 1, 2 (io_module.cpp).
// Writing to stdout and stderr goes through C's stdio streams, so output
// written by native code (tracebacks, print's fast path) stays in order.
Ref new_standard_stream(Interpreter& interpreter, int fd, std::FILE* file, bool write);

// The pieces open() assembles (buffered.cpp, textio.cpp): a buffered object
// of `type` over `raw`, a TextIOWrapper over `buffer`.
Ref new_buffered(Interpreter& interpreter, Type* type, Value raw, std::int64_t buffer_size);
Ref new_text_wrapper(Interpreter& interpreter, Value buffer, Value encoding, Value errors, Value newline,
                     bool line_buffering, bool write_through);
// Makes the buffered object write through `file` (the standard streams).
void buffered_use_stdio(Value buffered, std::FILE* file);
// Whether `value` is exactly a BufferedReader, BufferedWriter or
// BufferedRandom in use, whose bytes TextIOWrapper may pass directly.
bool is_native_buffered(Interpreter& interpreter, Value value);
bool buffered_uses_stdio(Value buffered);
// buffered.write(data) for such an object; false with an exception pending.
[[nodiscard]] bool buffered_write_bytes(Interpreter& interpreter, Value buffered, std::string_view data);
// builtins.open (the function _io.open is).
Ref new_open_function(Interpreter& interpreter);
// text_encoding(encoding): "locale" for None.
Ref text_encoding(Interpreter& interpreter, Value encoding);

}  // namespace krait::modules::io

namespace krait::modules::io {

// Which line endings universal-newline reading has met (the `newlines`
// attribute of IncrementalNewlineDecoder, StringIO and TextIOWrapper).
enum NewlineSeen : int { seen_cr = 1, seen_lf = 2, seen_crlf = 4 };
// None, '\n', ('\r', '\n') ... for a set of NewlineSeen bits.
Ref newlines_value(Interpreter& interpreter, int seen);

// Universal newlines over text of any character type: notes which endings
// occur in `text` and, when `translate`, turns "\r\n" and "\r" into "\n".
// A "\r" ending the text is taken as complete (the caller keeps one back
// when more text may follow).
template <class Text>
void translate_newlines(Text& text, bool translate, int& seen) {
  using Char = typename Text::value_type;
  std::size_t out = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    Char c = text[i];
    if (c == Char('\r')) {
      if (i + 1 < text.size() && text[i + 1] == Char('\n')) {
        seen |= seen_crlf;
        if (!translate) text[out++] = c;
        ++i;
        c = Char('\n');
      } else {
        seen |= seen_cr;
        if (translate) c = Char('\n');
      }
    } else if (c == Char('\n')) {
      seen |= seen_lf;
    }
    text[out++] = c;
  }
  text.resize(out);
}

// The end of the first line of text[start:] (one past its line ending, or
// text.size() when none ends it): the ending is "\n" when `universal` is
// false and `separator` is empty, `separator` when given ("\r", "\r\n"),
// else any of "\r\n", "\r", "\n" (a "\r" at the very end counts as one).
template <class Text>
std::size_t line_end(const Text& text, std::size_t start, bool universal, std::u32string_view separator) {
  using Char = typename Text::value_type;
  if (universal) {
    for (std::size_t i = start; i < text.size(); ++i) {
      if (text[i] == Char('\n')) return i + 1;
      if (text[i] == Char('\r')) return i + 1 < text.size() && text[i + 1] == Char('\n') ? i + 2 : i + 1;
    }
    return text.size();
  }
  if (separator.size() <= 1) {
    const Char wanted = separator.empty() ? Char('\n') : Char(separator[0]);
    for (std::size_t i = start; i < text.size(); ++i)
      if (text[i] == wanted) return i + 1;
    return text.size();
  }
  for (std::size_t i = start; i + 1 < text.size(); ++i)
    if (text[i] == Char('\r') && text[i + 1] == Char('\n')) return i + 2;
  return text.size();
}

}  // namespace krait::modules::io

namespace krait::modules::io {

Ref call_method(Interpreter& interpreter, Value object, const char* name, const Value* arguments, std::size_t count);
[[nodiscard]] bool check_no_arguments_of(Interpreter& interpreter, const char* method, std::size_t count, Value kwnames);

template <Layer layer, const char* method>
Ref forward_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments_of(interpreter, method, count, kwnames)) return Ref();
  const Value inner = layer(interpreter, self);
  if (inner.is_null()) return Ref();
  return call_method(interpreter, inner, method, nullptr, 0);
}

Ref get_named_attribute(Interpreter& interpreter, Value object, const char* name);

template <Layer layer, const char* attribute>
Ref forward_attribute(Interpreter& interpreter, Value self) {
  const Value inner = layer(interpreter, self);
  if (inner.is_null()) return Ref();
  return get_named_attribute(interpreter, inner, attribute);
}

}  // namespace krait::modules::io
