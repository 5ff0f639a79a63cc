// Native modules: _io.BufferedReader, BufferedWriter, BufferedRandom and
// BufferedRWPair (CPython's Modules/_io/bufferedio.c). One layout serves the
// first three: bytes read ahead of the raw stream's position and bytes
// written but not yet passed to it (never both at once). A raw stream that
// is exactly a FileIO is read and written directly, others through their
// methods. The standard streams' writers pass their bytes to C's stdio
// instead (buffered_use_stdio), so native writers share their buffer.
#include <cstring>

#include "modules/io/fileio.h"
#include "modules/io/io.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules::io {
namespace {

struct BufferedObject : IOObject {
  Ref raw;
  bool initialized = false;
  bool detached = false;
  bool readable = false;
  bool writable = false;
  bool fast = false;  // raw is exactly a FileIO
  std::int64_t buffer_size = default_buffer_size;
  std::string read_buffer;  // read ahead: read_buffer[read_position:] is unread
  std::size_t read_position = 0;
  std::string write_buffer;  // written, not yet passed to raw
  std::FILE* stdio = nullptr;
};

BufferedObject* as_buffered(Value value) { return static_cast<BufferedObject*>(value.as_object()); }

std::size_t unread(const BufferedObject* buffered) { return buffered->read_buffer.size() - buffered->read_position; }

// The object, or null with ValueError pending when not initialised or detached.
BufferedObject* valid_buffered(Interpreter& interpreter, Value self) {
  BufferedObject* buffered = as_buffered(self);
  if (buffered->detached) {
    interpreter.set_exception(interpreter.ValueError_type, "raw stream has been detached");
    return nullptr;
  }
  if (!buffered->initialized) {
    interpreter.set_exception(interpreter.ValueError_type, "I/O operation on uninitialized object");
    return nullptr;
  }
  return buffered;
}

int raw_closed(Interpreter& interpreter, BufferedObject* buffered) {
  if (buffered->fast) return as_fileio(buffered->raw.get())->fd < 0;
  return object_closed(interpreter, buffered->raw.get());
}

// The object, or null with ValueError(`message`) pending when its raw stream
// is closed and nothing is left to read (CPython's CHECK_CLOSED).
BufferedObject* open_buffered(Interpreter& interpreter, Value self, const char* message) {
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return nullptr;
  const int closed = raw_closed(interpreter, buffered);
  if (closed < 0) return nullptr;
  if (closed && unread(buffered) == 0) {
    interpreter.set_exception(interpreter.ValueError_type, message);
    return nullptr;
  }
  return buffered;
}

// Up to `size` bytes from the raw stream into `out` (replacing it); false
// with an exception pending. `blocked` tells a non-blocking stream had none.
bool raw_read(Interpreter& interpreter, BufferedObject* buffered, std::int64_t size, std::string& out, bool& blocked) {
  blocked = false;
  if (buffered->fast) {
    FileIOObject* file = as_fileio(buffered->raw.get());
    if (file->fd < 0) return raise_closed(interpreter);
    if (!file->readable) return raise_unsupported(interpreter, "File not open for reading");
    if (!fileio_read_bytes(interpreter, file, size, out)) return false;
    blocked = out.empty() && errno == EAGAIN;
    return true;
  }
  Ref buffer = runtime::new_bytearray(interpreter, std::string(static_cast<std::size_t>(size), '\0'));
  Ref read = call_method(interpreter, buffered->raw.get(), "readinto", buffer.get());
  if (!read) return false;
  if (read.get() == interpreter.none()) {
    out.clear();
    blocked = true;
    return true;
  }
  std::int64_t n = 0;
  if (!runtime::index_argument(interpreter, read.get(), n)) return false;
  if (n < 0 || n > size) {
    interpreter.set_exception(interpreter.OSError_type, "raw readinto() returned invalid length " + std::to_string(n) +
                                                            " (should have been between 0 and " + std::to_string(size) +
                                                            ")");
    return false;
  }
  out.assign(runtime::as_bytearray(buffer.get())->bytes, 0, static_cast<std::size_t>(n));
  return true;
}

// Bytes the raw stream took; -1 with an exception pending.
std::int64_t raw_write(Interpreter& interpreter, BufferedObject* buffered, std::string_view data) {
  if (buffered->fast) {
    FileIOObject* file = as_fileio(buffered->raw.get());
    if (file->fd < 0) return raise_closed(interpreter);
    if (!file->writable) return raise_unsupported(interpreter, "File not open for writing");
    const std::int64_t n = fileio_write_bytes(interpreter, file, data);
    if (n == -2) return raise_error(interpreter, interpreter.BlockingIOError_type, "write could not complete without blocking");
    return n;
  }
  Ref bytes = runtime::new_bytes(interpreter, data);
  Ref written = call_method(interpreter, buffered->raw.get(), "write", bytes.get());
  if (!written) return -1;
  if (written.get() == interpreter.none())
    return raise_error(interpreter, interpreter.BlockingIOError_type, "write could not complete without blocking");
  std::int64_t n = 0;
  if (!runtime::index_argument(interpreter, written.get(), n)) return -1;
  if (n < 0 || n > static_cast<std::int64_t>(data.size())) {
    interpreter.set_exception(interpreter.OSError_type, "raw write() returned invalid length " + std::to_string(n) +
                                                            " (should have been between 0 and " +
                                                            std::to_string(data.size()) + ")");
    return -1;
  }
  return n;
}

// The raw stream's new position; -1 with an exception pending.
std::int64_t raw_seek(Interpreter& interpreter, BufferedObject* buffered, std::int64_t position, int whence) {
  if (buffered->fast && as_fileio(buffered->raw.get())->fd >= 0)
    return fileio_seek_to(interpreter, as_fileio(buffered->raw.get()), position, whence);
  Ref target = runtime::new_int(interpreter, position);
  const Value arguments[] = {target.get(), Value::small_int(whence)};
  Ref result = call_method(interpreter, buffered->raw.get(), "seek", arguments, 2);
  if (!result) return -1;
  std::int64_t n = 0;
  if (!runtime::index_argument(interpreter, result.get(), n)) return -1;
  if (n < 0) {
    interpreter.set_exception(interpreter.OSError_type, "Raw stream returned invalid position " + std::to_string(n));
    return -1;
  }
  return n;
}

// Passes the written bytes to the raw stream.
bool flush_writes(Interpreter& interpreter, BufferedObject* buffered) {
  if (buffered->stdio) {
    std::fflush(buffered->stdio);
    return true;
  }
  std::size_t done = 0;
  while (done < buffered->write_buffer.size()) {
    const std::int64_t n =
        raw_write(interpreter, buffered, std::string_view(buffered->write_buffer).substr(done));
    if (n < 0) {
      buffered->write_buffer.erase(0, done);
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  buffered->write_buffer.clear();
  return true;
}

// Drops the bytes read ahead, moving the raw stream back to where the
// reader is (before writing, or seeking relative to the current position).
bool rewind_reads(Interpreter& interpreter, BufferedObject* buffered) {
  const std::size_t ahead = unread(buffered);
  buffered->read_buffer.clear();
  buffered->read_position = 0;
  if (ahead == 0) return true;
  return raw_seek(interpreter, buffered, -static_cast<std::int64_t>(ahead), SEEK_CUR) >= 0;
}

// Makes at least one more byte readable unless at the end: false with an
// exception pending; `blocked` as raw_read's.
bool fill(Interpreter& interpreter, BufferedObject* buffered, std::int64_t size, bool& blocked) {
  if (!buffered->write_buffer.empty() && !flush_writes(interpreter, buffered)) return false;
  std::string chunk;
  if (!raw_read(interpreter, buffered, std::max(size, buffered->buffer_size), chunk, blocked)) return false;
  buffered->read_buffer.erase(0, buffered->read_position);
  buffered->read_position = 0;
  buffered->read_buffer += chunk;
  return true;
}

// The next `size` bytes read (to the end when negative), or null with
// `blocked` when a non-blocking raw stream had nothing.
bool read_bytes(Interpreter& interpreter, BufferedObject* buffered, std::int64_t size, std::string& out, bool& blocked) {
  blocked = false;
  out.assign(buffered->read_buffer, buffered->read_position);
  buffered->read_buffer.clear();
  buffered->read_position = 0;
  if (size >= 0 && static_cast<std::int64_t>(out.size()) >= size) {
    buffered->read_buffer = out.substr(static_cast<std::size_t>(size));
    out.resize(static_cast<std::size_t>(size));
    return true;
  }
  if (!buffered->write_buffer.empty() && !flush_writes(interpreter, buffered)) return false;
  if (size < 0 && buffered->fast) {
    std::string rest;
    if (!fileio_read_bytes(interpreter, as_fileio(buffered->raw.get()), -1, rest)) return false;
    out += rest;
    return true;
  }
  std::string chunk;
  while (size < 0 || static_cast<std::int64_t>(out.size()) < size) {
    const std::int64_t wanted = size < 0 ? buffered->buffer_size : std::max(size - static_cast<std::int64_t>(out.size()),
                                                                            buffered->buffer_size);
    bool chunk_blocked = false;
    if (!raw_read(interpreter, buffered, wanted, chunk, chunk_blocked)) return false;
    if (chunk_blocked) {
      blocked = out.empty();
      break;
    }
    if (chunk.empty()) break;
    out += chunk;
  }
  if (size >= 0 && static_cast<std::int64_t>(out.size()) > size) {
    buffered->read_buffer = out.substr(static_cast<std::size_t>(size));
    out.resize(static_cast<std::size_t>(size));
  }
  return true;
}

Ref result_bytes(Interpreter& interpreter, const std::string& data, bool blocked) {
  if (blocked) return interpreter.new_none();
  return runtime::new_bytes(interpreter, data);
}

Ref buffered_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(new_io_object<BufferedObject>(interpreter, as_type(callee))));
}

bool check_raw(Interpreter& interpreter, Value raw, const char* method, const char* message) {
  Ref result = call_method(interpreter, raw, method);
  if (!result) return false;
  const int ok = runtime::truth(interpreter, result.get());
  if (ok < 0) return false;
  if (!ok) return raise_unsupported(interpreter, message);
  return true;
}

// BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE), and the writer and
// random forms: the type says which directions.
Ref buffered_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  BufferedObject* buffered = as_buffered(self);
  IoState* state = io_state(interpreter, false);
  const Type* type = runtime::type_of(interpreter, self);
  const bool random = runtime::is_subtype(type, state->buffered_random);
  const bool reader = random || runtime::is_subtype(type, state->buffered_reader);
  const bool writer = random || runtime::is_subtype(type, state->buffered_writer);
  const char* name = random ? "BufferedRandom" : reader ? "BufferedReader" : "BufferedWriter";
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {name, {"raw", "buffer_size"}, 0, 0, 1}, arguments, count, kwnames, values))
    return Ref();
  const Value raw = values[0];
  if (random && !check_raw(interpreter, raw, "seekable", "File or stream is not seekable.")) return Ref();
  if (reader && !check_raw(interpreter, raw, "readable", "File or stream is not readable.")) return Ref();
  if (writer && !check_raw(interpreter, raw, "writable", "File or stream is not writable.")) return Ref();
  std::int64_t size = default_buffer_size;
  if (!values[1].is_null() && !runtime::index_argument(interpreter, values[1], size)) return Ref();
  if (size <= 0) return interpreter.raise(interpreter.ValueError_type, "buffer size must be strictly positive");
  buffered->raw = Ref::borrow(raw);
  buffered->fast = is_exact_fileio(interpreter, raw);
  buffered->buffer_size = size;
  buffered->readable = reader;
  buffered->writable = writer;
  buffered->read_buffer.clear();
  buffered->read_position = 0;
  buffered->write_buffer.clear();
  buffered->detached = false;
  buffered->initialized = true;
  return interpreter.new_none();
}

Ref buffered_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 0, 1))
    return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return Ref();
  if (size < -1) return interpreter.raise(interpreter.ValueError_type, "read length must be non-negative or -1");
  if (!buffered->readable) return raise_unsupported(interpreter, "File or stream is not readable.");
  if (!open_buffered(interpreter, self, "read of closed file")) return Ref();
  std::string data;
  bool blocked = false;
  if (!read_bytes(interpreter, buffered, size, data, blocked)) return Ref();
  return result_bytes(interpreter, data, blocked);
}

Ref buffered_read1(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read1", kwnames) ||
      !runtime::check_positional(interpreter, "read1", count, 0, 1))
    return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  BufferedObject* buffered = open_buffered(interpreter, self, "read of closed file");
  if (!buffered) return Ref();
  if (size < 0) size = buffered->buffer_size;
  if (size == 0) return runtime::new_bytes(interpreter, "");
  bool blocked = false;
  if (unread(buffered) == 0 && !fill(interpreter, buffered, size, blocked)) return Ref();
  const std::size_t n = std::min<std::size_t>(unread(buffered), static_cast<std::size_t>(size));
  Ref result = runtime::new_bytes(interpreter, std::string_view(buffered->read_buffer).substr(buffered->read_position, n));
  buffered->read_position += n;
  return result;
}

Ref buffered_peek(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "peek", kwnames) || !runtime::check_positional(interpreter, "peek", count, 0, 1))
    return Ref();
  BufferedObject* buffered = open_buffered(interpreter, self, "peek of closed file");
  if (!buffered) return Ref();
  bool blocked = false;
  if (unread(buffered) == 0 && !fill(interpreter, buffered, buffered->buffer_size, blocked)) return Ref();
  return runtime::new_bytes(interpreter, std::string_view(buffered->read_buffer).substr(buffered->read_position));
}

// readinto(b) / readinto1(b).
template <bool one>
Ref buffered_readinto(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, one ? "readinto1" : "readinto", count, kwnames)) return Ref();
  char* data = nullptr;
  std::int64_t size = 0;
  if (!writable_buffer(interpreter, arguments[0], data, size)) return Ref();
  BufferedObject* buffered = open_buffered(interpreter, self, "readinto of closed file");
  if (!buffered) return Ref();
  std::string bytes;
  bool blocked = false;
  if (one) {
    if (unread(buffered) == 0 && size > 0 && !fill(interpreter, buffered, size, blocked)) return Ref();
    const std::size_t n = std::min<std::size_t>(unread(buffered), static_cast<std::size_t>(size));
    bytes.assign(buffered->read_buffer, buffered->read_position, n);
    buffered->read_position += n;
  } else if (!read_bytes(interpreter, buffered, size, bytes, blocked)) {
    return Ref();
  }
  if (blocked) return interpreter.new_none();
  std::memcpy(data, bytes.data(), bytes.size());
  return runtime::new_int(interpreter, static_cast<std::int64_t>(bytes.size()));
}

// A line of at most `limit` bytes (no limit when negative).
bool read_line(Interpreter& interpreter, BufferedObject* buffered, std::int64_t limit, std::string& line) {
  line.clear();
  for (;;) {
    const std::string_view available = std::string_view(buffered->read_buffer).substr(buffered->read_position);
    std::size_t take = available.size();
    const std::size_t newline = available.find('\n');
    if (newline != std::string_view::npos) take = newline + 1;
    if (limit >= 0) take = std::min<std::size_t>(take, static_cast<std::size_t>(limit) - line.size());
    line.append(available.substr(0, take));
    buffered->read_position += take;
    if ((!line.empty() && line.back() == '\n') || (limit >= 0 && static_cast<std::int64_t>(line.size()) >= limit))
      return true;
    bool blocked = false;
    if (!fill(interpreter, buffered, buffered->buffer_size, blocked)) return false;
    if (unread(buffered) == 0) return true;
  }
}

Ref buffered_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readline", kwnames) ||
      !runtime::check_positional(interpreter, "readline", count, 0, 1))
    return Ref();
  std::int64_t limit = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], limit)) return Ref();
  BufferedObject* buffered = open_buffered(interpreter, self, "readline of closed file");
  if (!buffered) return Ref();
  std::string line;
  if (!read_line(interpreter, buffered, limit, line)) return Ref();
  return runtime::new_bytes(interpreter, line);
}

Ref buffered_next(Interpreter& interpreter, Value self) {
  if (runtime::type_of(interpreter, self)->is_heap_type) return iobase_readline(interpreter, self, nullptr, 0, Value());
  BufferedObject* buffered = open_buffered(interpreter, self, "readline of closed file");
  if (!buffered) return Ref();
  std::string line;
  if (!read_line(interpreter, buffered, -1, line) || line.empty()) return Ref();
  return runtime::new_bytes(interpreter, line);
}

Ref buffered_write(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "write", count, kwnames)) return Ref();
  std::string_view data;
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered || !bytes_argument(interpreter, arguments[0], data)) return Ref();
  if (!open_buffered(interpreter, self, "write to closed file")) return Ref();
  if (!buffered_write_bytes(interpreter, self, data)) return Ref();
  return runtime::new_int(interpreter, static_cast<std::int64_t>(data.size()));
}

Ref buffered_flush(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "flush", count, kwnames)) return Ref();
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return Ref();
  if (buffered->writable) {
    if (!open_buffered(interpreter, self, "flush of closed file") || !flush_writes(interpreter, buffered)) return Ref();
    if (buffered->readable && !rewind_reads(interpreter, buffered)) return Ref();
    return interpreter.new_none();
  }
  return call_method(interpreter, buffered->raw.get(), "flush");
}

// The position as the reader or writer sees it.
std::int64_t logical_position(Interpreter& interpreter, BufferedObject* buffered) {
  if (buffered->stdio) return std::ftell(buffered->stdio);
  Ref told = call_method(interpreter, buffered->raw.get(), "tell");
  if (!told) return -1;
  std::int64_t position = 0;
  if (!runtime::index_argument(interpreter, told.get(), position)) return -1;
  if (position < 0) {
    interpreter.set_exception(interpreter.OSError_type, "Raw stream returned invalid position " + std::to_string(position));
    return -1;
  }
  position = position - static_cast<std::int64_t>(unread(buffered)) + static_cast<std::int64_t>(buffered->write_buffer.size());
  return position < 0 ? 0 : position;
}

Ref buffered_tell(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "tell", count, kwnames)) return Ref();
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return Ref();
  const std::int64_t position = logical_position(interpreter, buffered);
  if (position < 0) return Ref();
  return runtime::new_int(interpreter, position);
}

Ref buffered_seek(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "seek", kwnames) || !runtime::check_positional(interpreter, "seek", count, 1, 2))
    return Ref();
  std::int64_t target = 0, whence = 0;
  if (!runtime::index_argument(interpreter, arguments[0], target) ||
      (count == 2 && !runtime::index_argument(interpreter, arguments[1], whence)))
    return Ref();
  // SEEK_DATA (3) and SEEK_HOLE (4) go to the raw stream as well.
  if (whence < 0 || whence > 4)
    return interpreter.raise(interpreter.ValueError_type, "whence value " + std::to_string(whence) + " unsupported");
  BufferedObject* buffered = open_buffered(interpreter, self, "seek of closed file");
  if (!buffered || !check_raw(interpreter, buffered->raw.get(), "seekable", "File or stream is not seekable.")) return Ref();
  if (!flush_writes(interpreter, buffered)) return Ref();
  // A relative seek counts from the reader's position, behind the raw one.
  if (whence == 1) target -= static_cast<std::int64_t>(unread(buffered));
  buffered->read_buffer.clear();
  buffered->read_position = 0;
  const std::int64_t position = raw_seek(interpreter, buffered, target, static_cast<int>(whence));
  if (position < 0) return Ref();
  return runtime::new_int(interpreter, position);
}

Ref buffered_truncate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "truncate", kwnames) ||
      !runtime::check_positional(interpreter, "truncate", count, 0, 1))
    return Ref();
  BufferedObject* buffered = open_buffered(interpreter, self, "truncate of closed file");
  if (!buffered) return Ref();
  if (!buffered->writable) return raise_unsupported(interpreter, "truncate");
  const std::int64_t position = logical_position(interpreter, buffered);
  if (position < 0 || !flush_writes(interpreter, buffered) || !rewind_reads(interpreter, buffered)) return Ref();
  Ref size = count == 1 && arguments[0] != interpreter.none() ? Ref::borrow(arguments[0]) : runtime::new_int(interpreter, position);
  return call_method(interpreter, buffered->raw.get(), "truncate", size.get());
}

Ref buffered_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "close", count, kwnames)) return Ref();
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return Ref();
  const int closed = raw_closed(interpreter, buffered);
  if (closed < 0) return Ref();
  if (closed) return interpreter.new_none();
  if (buffered->finalizing) warn_unclosed(interpreter, buffered->raw.get(), self);
  Ref flushed = call_method(interpreter, self, "flush");
  Ref flush_error = flushed ? Ref() : interpreter.take_exception();
  Ref result = call_method(interpreter, buffered->raw.get(), "close");
  buffered->read_buffer.clear();
  buffered->read_position = 0;
  // A failed flush is the error reported (CPython chains close's to it).
  if (flush_error) {
    if (!result) Ref ignored = interpreter.take_exception();
    interpreter.restore_exception(std::move(flush_error));
    return Ref();
  }
  return result;
}

Ref buffered_detach(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "detach", count, kwnames)) return Ref();
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return Ref();
  if (!call_method(interpreter, self, "flush")) return Ref();
  buffered->detached = true;
  buffered->fast = false;
  return std::move(buffered->raw);
}

// The raw stream, which answers fileno(), isatty(), seekable(),
// readable()/writable() and closed, name and mode.
Value raw_layer(Interpreter& interpreter, Value self) {
  BufferedObject* buffered = valid_buffered(interpreter, self);
  return buffered ? buffered->raw.get() : Value();
}

Ref buffered_raw(Interpreter& interpreter, Value self) {
  BufferedObject* buffered = valid_buffered(interpreter, self);
  if (!buffered) return Ref();
  return Ref::borrow(buffered->raw.get());
}

Ref buffered_finalizing(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_buffered(self)->finalizing);
}

// _dealloc_warn(source): the raw stream's, about `source`.
Ref buffered_dealloc_warn(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_dealloc_warn", count, kwnames)) return Ref();
  const BufferedObject* buffered = as_buffered(self);
  if (buffered->raw) return call_method(interpreter, buffered->raw.get(), "_dealloc_warn", arguments[0]);
  return interpreter.new_none();
}

// <_io.BufferedReader name='x'>, without the name when there is none.
Ref buffered_repr(Interpreter& interpreter, Value self) {
  const std::string type_name = runtime::type_of(interpreter, self)->name;
  Ref name;
  const int found = runtime::lookup_attribute(interpreter, self, interpreter.intern("name"), name);
  if (found < 0) {
    if (!interpreter.exception_is(interpreter.Exception_type)) return Ref();
    Ref ignored = interpreter.take_exception();
  }
  if (!name) return runtime::new_str(interpreter, "<" + type_name + ">");
  Ref shown = runtime::repr(interpreter, name.get());
  if (!shown) return Ref();
  return runtime::new_str(interpreter, "<" + type_name + " name=" + std::string(runtime::str_utf8(shown.get())) + ">");
}

// The raw stream is not visited, as TextIOWrapper's buffer (textio.cpp):
// a buffered object in a garbage cycle flushes into a raw stream still open.
void buffered_traverse(runtime::Object*, const runtime::Visitor&) {}

void buffered_clear(Interpreter&, runtime::Object* object) {
  Ref raw = std::move(static_cast<BufferedObject*>(object)->raw);
  static_cast<BufferedObject*>(object)->initialized = false;
}

// BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE): a
// BufferedReader and a BufferedWriter behind one object.
struct PairObject : IOObject {
  Ref reader;
  Ref writer;
};

PairObject* as_pair(Value value) { return static_cast<PairObject*>(value.as_object()); }

Ref pair_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(new_io_object<PairObject>(interpreter, as_type(callee))));
}

Ref pair_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "BufferedRWPair", kwnames) ||
      !runtime::check_positional(interpreter, "BufferedRWPair", count, 2, 3))
    return Ref();
  if (!check_raw(interpreter, arguments[0], "readable", "File or stream is not readable.") ||
      !check_raw(interpreter, arguments[1], "writable", "File or stream is not writable."))
    return Ref();
  IoState* state = io_state(interpreter);
  const Value reader_arguments[] = {arguments[0], count == 3 ? arguments[2] : Value::small_int(default_buffer_size)};
  const Value writer_arguments[] = {arguments[1], reader_arguments[1]};
  Ref reader = runtime::call(interpreter, Value::object(state->buffered_reader), reader_arguments, 2);
  if (!reader) return Ref();
  Ref writer = runtime::call(interpreter, Value::object(state->buffered_writer), writer_arguments, 2);
  if (!writer) return Ref();
  as_pair(self)->reader = std::move(reader);
  as_pair(self)->writer = std::move(writer);
  return interpreter.new_none();
}

// Forwards to the reader (`to_writer` false) or the writer.
template <const char* method, bool to_writer>
Ref pair_forward(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  PairObject* pair = as_pair(self);
  const Value target = to_writer ? pair->writer.get() : pair->reader.get();
  if (target.is_null()) return raise_uninitialized(interpreter);
  Ref function = runtime::get_attribute(interpreter, target, interpreter.intern(method));
  if (!function) return Ref();
  return runtime::call(interpreter, function.get(), arguments, count, kwnames);
}
constexpr char read_text[] = "read";
constexpr char read1_text[] = "read1";
constexpr char peek_text[] = "peek";
constexpr char readinto_text[] = "readinto";
constexpr char readinto1_text[] = "readinto1";
constexpr char write_text[] = "write";
constexpr char flush_text[] = "flush";

Ref pair_isatty(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "isatty", count, kwnames)) return Ref();
  Ref result = call_method(interpreter, as_pair(self)->writer.get(), "isatty");
  if (!result || result.get() == interpreter.boolean(true)) return result;
  return call_method(interpreter, as_pair(self)->reader.get(), "isatty");
}

Ref pair_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "close", count, kwnames)) return Ref();
  PairObject* pair = as_pair(self);
  if (!pair->writer) return raise_uninitialized(interpreter);
  Ref written = call_method(interpreter, pair->writer.get(), "close");
  Ref error = written ? Ref() : interpreter.take_exception();
  Ref read = call_method(interpreter, pair->reader.get(), "close");
  if (error) {
    interpreter.restore_exception(std::move(error));
    return Ref();
  }
  return read;
}

Ref pair_closed(Interpreter& interpreter, Value self) {
  if (!as_pair(self)->writer) return raise_uninitialized(interpreter);
  return runtime::get_attribute(interpreter, as_pair(self)->writer.get(), interpreter.intern("closed"));
}

void pair_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  visit(static_cast<PairObject*>(object)->reader);
  visit(static_cast<PairObject*>(object)->writer);
}

void pair_clear(Interpreter&, runtime::Object* object) {
  Ref reader = std::move(static_cast<PairObject*>(object)->reader);
  Ref writer = std::move(static_cast<PairObject*>(object)->writer);
}

Type* new_buffered_type(Interpreter& interpreter, IoState& state, const char* name) {
  Type* type = new_io_type(interpreter, name, state.buffered_iobase, &io_deallocate<BufferedObject>, &buffered_traverse,
                           &buffered_clear);
  type->construct = &buffered_new;
  type->initialize = &buffered_init;
  type->repr = &buffered_repr;
  runtime::add_methods(interpreter, type,
                       {{"detach", &buffered_detach},
                        {"flush", &buffered_flush},
                        {"close", &buffered_close},
                        {"seek", &buffered_seek},
                        {"tell", &buffered_tell},
                        {"truncate", &buffered_truncate},
                        {"fileno", &forward_method<raw_layer, names::fileno>},
                        {"isatty", &forward_method<raw_layer, names::isatty>},
                        {"seekable", &forward_method<raw_layer, names::seekable>},
                        {"_dealloc_warn", &buffered_dealloc_warn}});
  runtime::add_getsets(interpreter, type,
                       {{"raw", &buffered_raw},
                        {"closed", &forward_attribute<raw_layer, names::closed>},
                        {"name", &forward_attribute<raw_layer, names::name>},
                        {"mode", &forward_attribute<raw_layer, names::mode>},
                        {"_finalizing", &buffered_finalizing}});
  return type;
}

void add_reading(Interpreter& interpreter, Type* type) {
  type->next = &buffered_next;
  runtime::add_methods(interpreter, type,
                       {{"read", &buffered_read},
                        {"read1", &buffered_read1},
                        {"readinto", &buffered_readinto<false>},
                        {"readinto1", &buffered_readinto<true>},
                        {"readline", &buffered_readline},
                        {"peek", &buffered_peek},
                        {"readable", &forward_method<raw_layer, names::readable>}});
}

void add_writing(Interpreter& interpreter, Type* type) {
  runtime::add_methods(interpreter, type,
                       {{"write", &buffered_write}, {"writable", &forward_method<raw_layer, names::writable>}});
}

}  // namespace

bool buffered_write_bytes(Interpreter& interpreter, Value self, std::string_view data) {
  BufferedObject* buffered = as_buffered(self);
  if (buffered->stdio) {
    std::fwrite(data.data(), 1, data.size(), buffered->stdio);
    return true;
  }
  if (unread(buffered) > 0 && !rewind_reads(interpreter, buffered)) return false;
  buffered->read_buffer.clear();
  buffered->read_position = 0;
  // As CPython's: what fits joins the buffer; otherwise the buffer goes
  // out first, then the data is buffered if it fits, else written at once.
  const auto room = static_cast<std::size_t>(buffered->buffer_size);
  if (buffered->write_buffer.size() + data.size() <= room) {
    buffered->write_buffer += data;
    return true;
  }
  if (!flush_writes(interpreter, buffered)) return false;
  buffered->write_buffer = data;
  if (data.size() <= room) return true;
  return flush_writes(interpreter, buffered);
}

bool is_native_buffered(Interpreter& interpreter, Value value) {
  IoState* state = io_state(interpreter, false);
  if (!value.is_object()) return false;
  const Type* type = value.as_object()->type;
  if (type != state->buffered_writer && type != state->buffered_random && type != state->buffered_reader) return false;
  const BufferedObject* buffered = as_buffered(value);
  return buffered->initialized && !buffered->detached;
}

bool buffered_uses_stdio(Value value) { return as_buffered(value)->stdio != nullptr; }

Ref new_buffered(Interpreter& interpreter, Type* type, Value raw, std::int64_t buffer_size) {
  Ref size = runtime::new_int(interpreter, buffer_size);
  const Value arguments[] = {raw, size.get()};
  return runtime::call(interpreter, Value::object(type), arguments, 2);
}

void buffered_use_stdio(Value buffered, std::FILE* file) { as_buffered(buffered)->stdio = file; }

void init_buffered_types(Interpreter& interpreter, IoState& state) {
  Type* reader = new_buffered_type(interpreter, state, "_io.BufferedReader");
  add_reading(interpreter, reader);
  runtime::ready_native_type(interpreter, reader);
  state.buffered_reader = reader;

  Type* writer = new_buffered_type(interpreter, state, "_io.BufferedWriter");
  add_writing(interpreter, writer);
  runtime::ready_native_type(interpreter, writer);
  state.buffered_writer = writer;

}

void init_buffered_random_types(Interpreter& interpreter, IoState& state) {
  Type* random = new_buffered_type(interpreter, state, "_io.BufferedRandom");
  add_reading(interpreter, random);
  add_writing(interpreter, random);
  runtime::ready_native_type(interpreter, random);
  state.buffered_random = random;

  Type* pair = new_io_type(interpreter, "_io.BufferedRWPair", state.buffered_iobase, &io_deallocate<PairObject>,
                           &pair_traverse, &pair_clear);
  pair->construct = &pair_new;
  pair->initialize = &pair_init;
  runtime::add_methods(interpreter, pair,
                       {{"read", &pair_forward<read_text, false>},
                        {"read1", &pair_forward<read1_text, false>},
                        {"peek", &pair_forward<peek_text, false>},
                        {"readinto", &pair_forward<readinto_text, false>},
                        {"readinto1", &pair_forward<readinto1_text, false>},
                        {"readable", &pair_forward<names::readable, false>},
                        {"write", &pair_forward<write_text, true>},
                        {"flush", &pair_forward<flush_text, true>},
                        {"writable", &pair_forward<names::writable, true>},
                        {"isatty", &pair_isatty},
                        {"close", &pair_close}});
  runtime::add_getsets(interpreter, pair, {{"closed", &pair_closed}});
  runtime::ready_native_type(interpreter, pair);
  state.buffered_rwpair = pair;
}

}  // namespace krait::modules::io
