// Native modules: _io's abstract bases (CPython's Modules/_io/iobase.c and
// the _BufferedIOBase/_TextIOBase parts of bufferedio.c and textio.c):
// _IOBase (closing, context management, iteration by lines, readline over
// peek/read, readlines, writelines, closing when freed), _RawIOBase (read
// and readall over readinto), _BufferedIOBase (readinto over read) and
// _TextIOBase. io.py derives io.IOBase etc. from them with abc.ABCMeta.
// Also the helpers every _io file shares (io.h).
#include <cerrno>
#include <cstring>

#include "modules/io/io.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules::io {

Type* new_io_type(Interpreter& interpreter, const char* name, Type* base, runtime::Deallocator deallocate,
                  runtime::TraverseSlot traverse, runtime::ClearSlot clear) {
  Type* type = runtime::new_native_type(interpreter, name, base);
  type->deallocate = deallocate;
  type->traverse = traverse;
  type->clear = clear;
  type->subclassable = true;
  type->weakrefable = true;
  type->attributes_offset = runtime::attributes_offset<IOObject>();
  return type;
}

Raised raise_error(Interpreter& interpreter, Type* type, std::string_view message) {
  interpreter.set_exception(type, message);
  return {};
}

Raised raise_unsupported(Interpreter& interpreter, std::string_view message) {
  IoState* state = io_state(interpreter);
  if (!state) return {};
  return raise_error(interpreter, as_type(state->unsupported_operation.get()), message);
}

Raised raise_closed(Interpreter& interpreter) {
  return raise_error(interpreter, interpreter.ValueError_type, "I/O operation on closed file.");
}

Raised raise_uninitialized(Interpreter& interpreter) {
  return raise_error(interpreter, interpreter.ValueError_type, "I/O operation on uninitialized object");
}

Raised raise_errno(Interpreter& interpreter, int error, Value filename) {
  Ref message = runtime::new_str(interpreter, std::strerror(error));
  const Value arguments[] = {Value::small_int(error), message.get(), filename};
  Ref exception = runtime::call(interpreter, Value::object(interpreter.OSError_type), arguments, filename.is_null() ? 2 : 3);
  if (exception) interpreter.raise_object(std::move(exception));
  return {};
}

bool size_argument(Interpreter& interpreter, Value value, std::int64_t& out) {
  out = -1;
  if (value.is_null() || value == interpreter.none()) return true;
  if (value.is_small_int()) {
    out = value.as_small_int();
    return true;
  }
  if (runtime::is_int(interpreter, value) || runtime::lookup_special(interpreter, value, interpreter.intern("__index__")).is_object())
    return runtime::index_argument(interpreter, value, out);
  interpreter.set_exception(interpreter.TypeError_type,
                            "argument should be integer or None, not '" + runtime::argument_type_name(interpreter, value) + "'");
  return false;
}

bool writable_buffer(Interpreter& interpreter, Value value, char*& data, std::int64_t& size,
                     std::string_view argument) {
  if (runtime::is_bytearray(interpreter, value)) {
    std::string& bytes = runtime::as_bytearray(value)->bytes;
    data = bytes.data();
    size = static_cast<std::int64_t>(bytes.size());
    return true;
  }
  if (runtime::is_memoryview(interpreter, value)) {
    runtime::MemoryViewObject* view = runtime::as_memoryview(value);
    if (view->object && !view->readonly && view->over_bytearray && view->step == view->itemsize) {
      data = runtime::as_bytearray(view->object.get())->bytes.data() + view->start;
      size = view->length * view->itemsize;
      return true;
    }
  }
  interpreter.set_exception(interpreter.TypeError_type, std::string(argument) +
                                                            " must be read-write bytes-like object, not " +
                                                            runtime::argument_type_name(interpreter, value));
  return false;
}

bool bytes_argument(Interpreter& interpreter, Value value, std::string_view& out) {
  if (runtime::byte_view(interpreter, value, out)) return true;
  interpreter.set_exception(interpreter.TypeError_type,
                            "a bytes-like object is required, not " + runtime::quoted_type_name(interpreter, value));
  return false;
}

Ref call_method(Interpreter& interpreter, Value object, const char* name, const Value* arguments, std::size_t count) {
  return runtime::call_method(interpreter, object, interpreter.intern(name), arguments, count);
}

Ref call_method(Interpreter& interpreter, Value object, const char* name, Value argument) {
  return runtime::call_method(interpreter, object, interpreter.intern(name), &argument, 1);
}

void warn_unclosed(Interpreter& interpreter, Value stream, Value source) {
  Ref warned = call_method(interpreter, stream, "_dealloc_warn", source);
  if (!warned) Ref ignored = interpreter.take_exception();
}

bool check_no_arguments_of(Interpreter& interpreter, const char* method, std::size_t count, Value kwnames) {
  return runtime::check_no_arguments(interpreter, method, count, kwnames);
}

Ref get_named_attribute(Interpreter& interpreter, Value object, const char* name) {
  return runtime::get_attribute(interpreter, object, interpreter.intern(name));
}

Ref state_dict(Interpreter& interpreter, Value self) {
  runtime::Attributes* attributes = runtime::attributes_of(self.as_object());
  if (!attributes || (!attributes->dict && !attributes->values)) return interpreter.new_none();
  Ref dict = runtime::instance_dict(interpreter, self);
  if (!dict) return Ref();
  Ref size = runtime::length(interpreter, dict.get());
  if (!size) return Ref();
  if (size.get() == Value::small_int(0)) return interpreter.new_none();
  return call_method(interpreter, dict.get(), "copy");
}

bool check_state(Interpreter& interpreter, Value self, Value state, std::int64_t size, std::int64_t dict_index) {
  if (runtime::type_of(interpreter, state) != interpreter.tuple_type || runtime::as_tuple(state)->size != size)
    return raise_error(interpreter, interpreter.TypeError_type,
                       runtime::type_of(interpreter, self)->name + ".__setstate__ argument should be " +
                           std::to_string(size) + "-tuple, got " + std::string(runtime::type_name(interpreter, state)));
  const Value dict = runtime::as_tuple(state)->items()[dict_index];
  if (dict == interpreter.none()) return true;
  Ref own = runtime::instance_dict(interpreter, self);
  return own && call_method(interpreter, own.get(), "update", dict);
}

int object_closed(Interpreter& interpreter, Value object) {
  Ref closed = runtime::get_attribute(interpreter, object, interpreter.intern("closed"));
  if (!closed) return -1;
  return runtime::truth(interpreter, closed.get());
}

namespace {

IOObject* as_io(Value value) { return static_cast<IOObject*>(value.as_object()); }

// ValueError when self.closed (read through the attribute, which the
// derived types define).
bool check_closed(Interpreter& interpreter, Value self) {
  const int closed = object_closed(interpreter, self);
  if (closed < 0) return false;
  if (closed) {
    raise_closed(interpreter);
    return false;
  }
  return true;
}

template <const char* message>
Ref unsupported_method(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return raise_unsupported(interpreter, message);
}
constexpr char seek_text[] = "seek";
constexpr char truncate_text[] = "truncate";
constexpr char fileno_text[] = "fileno";
constexpr char read_text[] = "read";
constexpr char read1_text[] = "read1";
constexpr char readline_text[] = "readline";
constexpr char write_text[] = "write";
constexpr char detach_text[] = "detach";

Ref not_implemented(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return interpreter.raise(interpreter.NotImplementedError_type, "");
}

Ref false_method(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return interpreter.new_boolean(false);
}

Ref iobase_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(new_io_object<IOObject>(interpreter, as_type(callee))));
}

// tell(): self.seek(0, 1).
Ref iobase_tell(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_IOBase.tell", count, kwnames)) return Ref();
  const Value arguments[] = {Value::small_int(0), Value::small_int(1)};
  return call_method(interpreter, self, "seek", arguments, 2);
}

Ref iobase_flush(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_IOBase.flush", count, kwnames)) return Ref();
  if (as_io(self)->iobase_closed) return raise_closed(interpreter);
  return interpreter.new_none();
}

Ref iobase_closed(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_io(self)->iobase_closed); }

Ref iobase_dict(Interpreter& interpreter, Value self) { return runtime::instance_dict(interpreter, self); }

// The _checkX helpers: self.X() must be true, else UnsupportedOperation.
template <const char* method, const char* message>
Ref iobase_check(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  Ref result = call_method(interpreter, self, method);
  if (!result) return Ref();
  const int ok = runtime::truth(interpreter, result.get());
  if (ok < 0) return Ref();
  if (!ok) return raise_unsupported(interpreter, message);
  return Ref::borrow(interpreter.boolean(true));
}
constexpr char not_readable[] = "File or stream is not readable.";
constexpr char not_writable[] = "File or stream is not writable.";
constexpr char not_seekable[] = "File or stream is not seekable.";

Ref iobase_check_closed(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  if (!check_closed(interpreter, self)) return Ref();
  return interpreter.new_none();
}

Ref iobase_isatty(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_IOBase.isatty", count, kwnames) || !check_closed(interpreter, self)) return Ref();
  return interpreter.new_boolean(false);
}

Ref iobase_enter(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  if (!check_closed(interpreter, self)) return Ref();
  return Ref::borrow(self);
}

Ref iobase_exit(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  return call_method(interpreter, self, "close");
}

Ref iobase_iter(Interpreter& interpreter, Value self) {
  if (!check_closed(interpreter, self)) return Ref();
  return Ref::borrow(self);
}

// next(): a line from self.readline(), exhausted at an empty one.
Ref iobase_next(Interpreter& interpreter, Value self) {
  Ref line = call_method(interpreter, self, "readline");
  if (!line) return Ref();
  Ref size = runtime::length(interpreter, line.get());
  if (!size) return Ref();
  if (size.get() == Value::small_int(0)) return Ref();
  return line;
}

// readlines(hint=-1): lines until their total size reaches hint.
Ref iobase_readlines(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readlines", kwnames) ||
      !runtime::check_positional(interpreter, "readlines", count, 0, 1))
    return Ref();
  std::int64_t hint = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], hint)) return Ref();
  Ref lines = runtime::new_list(interpreter, {});
  Ref iterator = runtime::get_iterator(interpreter, self);
  if (!iterator) return Ref();
  std::int64_t total = 0;
  while (Ref line = runtime::iterator_next(interpreter, iterator.get())) {
    runtime::list_append(lines.get(), line.get());
    if (hint > 0) {
      Ref size = runtime::length(interpreter, line.get());
      if (!size) return Ref();
      total += size.get().as_small_int();
      if (total >= hint) break;
    }
  }
  if (interpreter.has_exception()) return Ref();
  return lines;
}

Ref iobase_writelines(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_IOBase.writelines", count, kwnames) || !check_closed(interpreter, self))
    return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  while (Ref line = runtime::iterator_next(interpreter, iterator.get()))
    if (!call_method(interpreter, self, "write", line.get())) return Ref();
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_none();
}

// The finalizer (CPython's iobase_finalize): close() unless closed; errors
// are silenced, as CPython's outside its development mode.
void iobase_finalize(Interpreter& interpreter, runtime::Object* object) {
  const Value self = Value::object(object);
  const int closed = object_closed(interpreter, self);
  if (closed == 0) {
    as_io(self)->finalizing = true;
    Ref result = call_method(interpreter, self, "close");
  }
  Ref ignored = interpreter.take_exception();
}

Ref iobase_del(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  iobase_finalize(interpreter, self.as_object());
  return interpreter.new_none();
}

// _RawIOBase.read(size=-1): readall(), or readinto() a bytearray of size.
Ref raw_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 0, 1))
    return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  if (size < 0) return call_method(interpreter, self, "readall");
  Ref buffer = runtime::new_bytearray(interpreter, std::string(static_cast<std::size_t>(size), '\0'));
  Ref read = call_method(interpreter, self, "readinto", buffer.get());
  if (!read || read.get() == interpreter.none()) return read;
  std::int64_t n = 0;
  if (!runtime::index_argument(interpreter, read.get(), n)) return Ref();
  if (n < 0 || n > size)
    return interpreter.raise(interpreter.ValueError_type, "readinto returned " + std::to_string(n) + " outside buffer size " +
                                                              std::to_string(size));
  return runtime::new_bytes(interpreter, std::string_view(runtime::as_bytearray(buffer.get())->bytes).substr(0, n));
}

// _RawIOBase.readall(): read(DEFAULT_BUFFER_SIZE) until an empty result.
Ref raw_readall(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_IOBase.readall", count, kwnames)) return Ref();
  std::string data;
  const Value size = Value::small_int(default_buffer_size);
  for (;;) {
    Ref chunk = call_method(interpreter, self, "read", &size, 1);
    if (!chunk) return Ref();
    if (chunk.get() == interpreter.none()) {
      if (data.empty()) return chunk;
      break;
    }
    if (!runtime::is_bytes(interpreter, chunk.get()))
      return interpreter.raise(interpreter.TypeError_type, "read() should return bytes");
    std::string_view bytes;
    if (!runtime::byte_view(interpreter, chunk.get(), bytes)) return Ref();
    if (bytes.empty()) break;
    data += bytes;
  }
  return runtime::new_bytes(interpreter, data);
}

// _BufferedIOBase.readinto(b) / readinto1(b): read(len(b)) copied into b.
template <const char* method>
Ref buffered_base_readinto(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, method, count, kwnames)) return Ref();
  char* data = nullptr;
  std::int64_t size = 0;
  if (!writable_buffer(interpreter, arguments[0], data, size)) return Ref();
  const Value length = Value::small_int(size);
  Ref chunk = call_method(interpreter, self, method[8] == '1' ? "read1" : "read", &length, 1);
  if (!chunk) return Ref();
  std::string_view bytes;
  if (!runtime::byte_view(interpreter, chunk.get(), bytes))
    return interpreter.raise(interpreter.TypeError_type, "read() should return bytes");
  if (static_cast<std::int64_t>(bytes.size()) > size)
    return interpreter.raise(interpreter.ValueError_type, "read() returned too much data: " + std::to_string(size) +
                                                              " bytes requested, " + std::to_string(bytes.size()) +
                                                              " returned");
  std::memcpy(data, bytes.data(), bytes.size());
  return runtime::new_int(interpreter, static_cast<std::int64_t>(bytes.size()));
}
constexpr char readinto_text[] = "readinto";
constexpr char readinto1_text[] = "readinto1";

Ref none_getter(Interpreter& interpreter, Value) { return interpreter.new_none(); }

void iobase_traverse(runtime::Object*, const runtime::Visitor&) {}

}  // namespace

Ref iobase_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_IOBase.close", count, kwnames)) return Ref();
  IOObject* io = as_io(self);
  if (io->iobase_closed) return interpreter.new_none();
  Ref flushed = call_method(interpreter, self, "flush");
  io->iobase_closed = true;
  if (!flushed) return Ref();
  return interpreter.new_none();
}

// readline(size=-1): peek() for how much to read when there is peek,
// else a byte at a time (CPython's _io__IOBase_readline_impl).
Ref iobase_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readline", kwnames) ||
      !runtime::check_positional(interpreter, "readline", count, 0, 1))
    return Ref();
  std::int64_t limit = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], limit)) return Ref();
  Ref peek;
  if (runtime::lookup_attribute(interpreter, self, interpreter.intern("peek"), peek) < 0) return Ref();
  std::string line;
  while (limit < 0 || static_cast<std::int64_t>(line.size()) < limit) {
    std::int64_t wanted = 1;
    if (peek) {
      const Value one = Value::small_int(1);
      Ref ahead = runtime::call(interpreter, peek.get(), &one, 1);
      if (!ahead) return Ref();
      std::string_view bytes;
      if (!runtime::byte_view(interpreter, ahead.get(), bytes))
        return interpreter.raise(interpreter.OSError_type, "peek() should have returned a bytes object, not '" +
                                                               std::string(runtime::type_name(interpreter, ahead.get())) + "'");
      if (!bytes.empty()) {
        const std::size_t newline = bytes.find('\n');
        wanted = newline == std::string_view::npos ? static_cast<std::int64_t>(bytes.size())
                                                   : static_cast<std::int64_t>(newline) + 1;
        if (limit >= 0) wanted = std::min<std::int64_t>(wanted, limit - static_cast<std::int64_t>(line.size()));
      }
    }
    const Value size = Value::small_int(wanted);
    Ref chunk = call_method(interpreter, self, "read", &size, 1);
    if (!chunk) return Ref();
    std::string_view bytes;
    if (!runtime::byte_view(interpreter, chunk.get(), bytes))
      return interpreter.raise(interpreter.OSError_type, "read() should have returned a bytes object, not '" +
                                                             std::string(runtime::type_name(interpreter, chunk.get())) + "'");
    if (bytes.empty()) break;
    line += bytes;
    if (line.back() == '\n') break;
  }
  return runtime::new_bytes(interpreter, line);
}

void init_iobase_types(Interpreter& interpreter, IoState& state) {
  Type* base = new_io_type(interpreter, "_io._IOBase", interpreter.object_type, &io_deallocate<IOObject>,
                           &iobase_traverse, nullptr);
  base->construct = &iobase_new;
  base->iter = &iobase_iter;
  base->next = &iobase_next;
  base->finalize = &iobase_finalize;
  runtime::add_methods(interpreter, base,
                       {{"seek", &unsupported_method<seek_text>},
                        {"tell", &iobase_tell},
                        {"truncate", &unsupported_method<truncate_text>},
                        {"flush", &iobase_flush},
                        {"close", &iobase_close},
                        {"seekable", &false_method},
                        {"readable", &false_method},
                        {"writable", &false_method},
                        {"_checkClosed", &iobase_check_closed},
                        {"_checkSeekable", &iobase_check<names::seekable, not_seekable>},
                        {"_checkReadable", &iobase_check<names::readable, not_readable>},
                        {"_checkWritable", &iobase_check<names::writable, not_writable>},
                        {"fileno", &unsupported_method<fileno_text>},
                        {"isatty", &iobase_isatty},
                        {"__enter__", &iobase_enter},
                        {"__exit__", &iobase_exit},
                        {"readline", &iobase_readline},
                        {"readlines", &iobase_readlines},
                        {"writelines", &iobase_writelines},
                        {"__del__", &iobase_del}});
  runtime::add_getsets(interpreter, base, {{"closed", &iobase_closed}, {"__dict__", &iobase_dict}});
  runtime::ready_native_type(interpreter, base);
  state.iobase = base;

  Type* raw = runtime::new_native_type(interpreter, "_io._RawIOBase", base);
  raw->subclassable = true;
  runtime::add_methods(interpreter, raw,
                       {{"read", &raw_read}, {"readall", &raw_readall}, {"readinto", &not_implemented},
                        {"write", &not_implemented}});
  runtime::ready_native_type(interpreter, raw);
  state.raw_iobase = raw;

  Type* buffered = runtime::new_native_type(interpreter, "_io._BufferedIOBase", base);
  buffered->subclassable = true;
  runtime::add_methods(interpreter, buffered,
                       {{"detach", &unsupported_method<detach_text>},
                        {"read", &unsupported_method<read_text>},
                        {"read1", &unsupported_method<read1_text>},
                        {"readinto", &buffered_base_readinto<readinto_text>},
                        {"readinto1", &buffered_base_readinto<readinto1_text>},
                        {"write", &unsupported_method<write_text>}});
  runtime::ready_native_type(interpreter, buffered);
  state.buffered_iobase = buffered;

  Type* text = runtime::new_native_type(interpreter, "_io._TextIOBase", base);
  text->subclassable = true;
  runtime::add_methods(interpreter, text,
                       {{"detach", &unsupported_method<detach_text>},
                        {"read", &unsupported_method<read_text>},
                        {"readline", &unsupported_method<readline_text>},
                        {"write", &unsupported_method<write_text>}});
  runtime::add_getsets(interpreter, text,
                       {{"encoding", &none_getter}, {"errors", &none_getter}, {"newlines", &none_getter}});
  runtime::ready_native_type(interpreter, text);
  state.text_iobase = text;
}

}  // namespace krait::modules::io
