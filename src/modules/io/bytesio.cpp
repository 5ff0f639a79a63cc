// Native modules: _io.BytesIO, a binary stream over bytes in memory
// (CPython's Modules/_io/bytesio.c). The bytes live in a bytearray, so
// getbuffer() is a memoryview of it and its exports block resizing with
// the bytearray's own BufferError.
#include <cstring>

#include "modules/io/io.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules::io {
namespace {

struct BytesIOObject : IOObject {
  Ref data;  // a bytearray; null once closed
  std::int64_t position = 0;
};

BytesIOObject* as_bytesio(Value value) { return static_cast<BytesIOObject*>(value.as_object()); }
std::string& bytes_of(BytesIOObject* io) { return runtime::as_bytearray(io->data.get())->bytes; }

// The object, or null with ValueError pending when closed.
BytesIOObject* open_bytesio(Interpreter& interpreter, Value self) {
  BytesIOObject* io = as_bytesio(self);
  if (!io->data) {
    raise_closed(interpreter);
    return nullptr;
  }
  return io;
}

// Writers fail while getbuffer()'s views live.
bool check_exports(Interpreter& interpreter, BytesIOObject* io) {
  if (runtime::as_bytearray(io->data.get())->exports == 0) return true;
  interpreter.set_exception(interpreter.BufferError_type, "Existing exports of data: object cannot be re-sized");
  return false;
}

Ref bytesio_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  auto* io = new_io_object<BytesIOObject>(interpreter, as_type(callee));
  io->data = runtime::new_bytearray(interpreter, "");
  return Ref::steal(Value::object(io));
}

Ref bytesio_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value initial;
  if (!runtime::bind_arguments(interpreter, {"BytesIO", {"initial_bytes"}}, arguments, count, kwnames, &initial))
    return Ref();
  BytesIOObject* io = as_bytesio(self);
  if (!io->data) io->data = runtime::new_bytearray(interpreter, "");
  if (!check_exports(interpreter, io)) return Ref();
  std::string_view bytes;
  if (!initial.is_null() && initial != interpreter.none() && !bytes_argument(interpreter, initial, bytes)) return Ref();
  bytes_of(io).assign(bytes);
  io->position = 0;
  return interpreter.new_none();
}

// The next `size` bytes (all when negative), advancing the position.
std::string_view take(BytesIOObject* io, std::int64_t size) {
  const std::string& bytes = bytes_of(io);
  const auto length = static_cast<std::int64_t>(bytes.size());
  if (io->position >= length) return {};
  std::int64_t available = length - io->position;
  if (size >= 0 && size < available) available = size;
  std::string_view result(bytes.data() + io->position, static_cast<std::size_t>(available));
  io->position += available;
  return result;
}

Ref bytesio_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 0, 1))
    return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  return runtime::new_bytes(interpreter, take(io, size));
}

// A line of at most `limit` bytes (no limit when negative).
std::string_view take_line(BytesIOObject* io, std::int64_t limit) {
  const std::string& bytes = bytes_of(io);
  if (io->position >= static_cast<std::int64_t>(bytes.size())) return {};
  const std::size_t newline = bytes.find('\n', static_cast<std::size_t>(io->position));
  std::int64_t size = (newline == std::string::npos ? static_cast<std::int64_t>(bytes.size()) : static_cast<std::int64_t>(newline) + 1) -
                      io->position;
  if (limit >= 0 && limit < size) size = limit;
  return take(io, size);
}

Ref bytesio_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readline", kwnames) ||
      !runtime::check_positional(interpreter, "readline", count, 0, 1))
    return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  return runtime::new_bytes(interpreter, take_line(io, size));
}

Ref bytesio_readlines(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readlines", kwnames) ||
      !runtime::check_positional(interpreter, "readlines", count, 0, 1))
    return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  std::int64_t hint = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], hint)) return Ref();
  Ref lines = runtime::new_list(interpreter, {});
  std::int64_t total = 0;
  for (std::string_view line; !(line = take_line(io, -1)).empty();) {
    Ref item = runtime::new_bytes(interpreter, line);
    runtime::list_append(lines.get(), item.get());
    total += static_cast<std::int64_t>(line.size());
    if (hint > 0 && total >= hint) break;
  }
  return lines;
}

Ref bytesio_next(Interpreter& interpreter, Value self) {
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  const std::string_view line = take_line(io, -1);
  if (line.empty()) return Ref();
  return runtime::new_bytes(interpreter, line);
}

Ref bytesio_readinto(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "BytesIO.readinto", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  char* data = nullptr;
  std::int64_t size = 0;
  if (!writable_buffer(interpreter, arguments[0], data, size)) return Ref();
  const std::string_view bytes = take(io, size);
  std::memcpy(data, bytes.data(), bytes.size());
  return runtime::new_int(interpreter, static_cast<std::int64_t>(bytes.size()));
}

Ref bytesio_write(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "BytesIO.write", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io || !check_exports(interpreter, io)) return Ref();
  std::string_view data;
  if (!bytes_argument(interpreter, arguments[0], data)) return Ref();
  if (data.empty()) return Ref::small_int(0);
  const std::string copy(data);  // data may be this very bytearray
  std::string& bytes = bytes_of(io);
  const auto end = static_cast<std::size_t>(io->position) + copy.size();
  if (bytes.size() < end) bytes.resize(end, '\0');
  bytes.replace(static_cast<std::size_t>(io->position), copy.size(), copy);
  io->position = static_cast<std::int64_t>(end);
  return runtime::new_int(interpreter, static_cast<std::int64_t>(copy.size()));
}

Ref bytesio_writelines(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "BytesIO.writelines", count, kwnames)) return Ref();
  if (!open_bytesio(interpreter, self)) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  while (Ref line = runtime::iterator_next(interpreter, iterator.get())) {
    const Value item = line.get();
    if (!bytesio_write(interpreter, self, &item, 1, Value())) return Ref();
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_none();
}

Ref bytesio_seek(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "seek", kwnames) || !runtime::check_positional(interpreter, "seek", count, 1, 2))
    return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  std::int64_t position = 0, whence = 0;
  if (!runtime::index_argument(interpreter, arguments[0], position) ||
      (count == 2 && !runtime::index_argument(interpreter, arguments[1], whence)))
    return Ref();
  if (position < 0 && whence == 0)
    return interpreter.raise(interpreter.ValueError_type, "negative seek value " + std::to_string(position));
  if (whence == 1) {
    position += io->position;
  } else if (whence == 2) {
    position += static_cast<std::int64_t>(bytes_of(io).size());
  } else if (whence != 0) {
    return interpreter.raise(interpreter.ValueError_type,
                             "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  io->position = position < 0 ? 0 : position;
  return runtime::new_int(interpreter, io->position);
}

Ref bytesio_tell(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "BytesIO.tell", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  return runtime::new_int(interpreter, io->position);
}

Ref bytesio_truncate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "truncate", kwnames) ||
      !runtime::check_positional(interpreter, "truncate", count, 0, 1))
    return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io || !check_exports(interpreter, io)) return Ref();
  std::int64_t size = io->position;
  if (count == 1 && arguments[0] != interpreter.none() && !size_argument(interpreter, arguments[0], size)) return Ref();
  if (size < 0) return interpreter.raise(interpreter.ValueError_type, "negative size value " + std::to_string(size));
  std::string& bytes = bytes_of(io);
  if (size < static_cast<std::int64_t>(bytes.size())) bytes.resize(static_cast<std::size_t>(size));
  return runtime::new_int(interpreter, size);
}

Ref bytesio_getvalue(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "BytesIO.getvalue", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  return runtime::new_bytes(interpreter, bytes_of(io));
}

Ref bytesio_getbuffer(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "BytesIO.getbuffer", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  const Value data = io->data.get();
  return runtime::call(interpreter, Value::object(interpreter.memoryview_type), &data, 1);
}

Ref bytesio_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "BytesIO.close", count, kwnames)) return Ref();
  BytesIOObject* io = as_bytesio(self);
  if (io->data && !check_exports(interpreter, io)) return Ref();
  io->data = Ref();
  return interpreter.new_none();
}

// readable(), writable(), seekable(), flush(): True (None for flush)
// unless closed; isatty() False.
template <int result>
Ref bytesio_query(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "BytesIO.readable", count, kwnames)) return Ref();
  if (!open_bytesio(interpreter, self)) return Ref();
  if (result < 0) return interpreter.new_none();
  return interpreter.new_boolean(result);
}

// (value, position, dict), for copy and pickle.
Ref bytesio_getstate(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "BytesIO.__getstate__", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io) return Ref();
  Ref value = runtime::new_bytes(interpreter, bytes_of(io));
  Ref position = runtime::new_int(interpreter, io->position);
  Ref dict = state_dict(interpreter, self);
  if (!dict) return Ref();
  const Value items[] = {value.get(), position.get(), dict.get()};
  return runtime::new_tuple(interpreter, items);
}

Ref bytesio_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "BytesIO.__setstate__", count, kwnames)) return Ref();
  BytesIOObject* io = open_bytesio(interpreter, self);
  if (!io || !check_exports(interpreter, io) || !check_state(interpreter, self, arguments[0], 3, 2)) return Ref();
  const Value* items = runtime::as_tuple(arguments[0])->items();
  std::string_view bytes;
  std::int64_t position = 0;
  if (!bytes_argument(interpreter, items[0], bytes) || !runtime::index_argument(interpreter, items[1], position)) return Ref();
  if (position < 0) return raise_error(interpreter, interpreter.ValueError_type, "position value cannot be negative");
  bytes_of(io).assign(bytes);
  io->position = position;
  return interpreter.new_none();
}

Ref bytesio_closed(Interpreter& interpreter, Value self) { return interpreter.new_boolean(!as_bytesio(self)->data); }

void bytesio_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  visit(static_cast<BytesIOObject*>(object)->data);
}

}  // namespace

void init_bytesio_type(Interpreter& interpreter, IoState& state) {
  Type* type = new_io_type(interpreter, "_io.BytesIO", state.buffered_iobase, &io_deallocate<BytesIOObject>,
                           &bytesio_traverse, nullptr);
  type->construct = &bytesio_new;
  type->initialize = &bytesio_init;
  type->next = &bytesio_next;
  runtime::add_methods(interpreter, type,
                       {{"read", &bytesio_read},
                        {"read1", &bytesio_read},
                        {"readline", &bytesio_readline},
                        {"readlines", &bytesio_readlines},
                        {"readinto", &bytesio_readinto},
                        {"write", &bytesio_write},
                        {"writelines", &bytesio_writelines},
                        {"seek", &bytesio_seek},
                        {"tell", &bytesio_tell},
                        {"truncate", &bytesio_truncate},
                        {"getvalue", &bytesio_getvalue},
                        {"getbuffer", &bytesio_getbuffer},
                        {"close", &bytesio_close},
                        {"readable", &bytesio_query<1>},
                        {"writable", &bytesio_query<1>},
                        {"seekable", &bytesio_query<1>},
                        {"isatty", &bytesio_query<0>},
                        {"flush", &bytesio_query<-1>},
                        {"__getstate__", &bytesio_getstate},
                        {"__setstate__", &bytesio_setstate}});
  runtime::add_getsets(interpreter, type, {{"closed", &bytesio_closed}});
  runtime::ready_native_type(interpreter, type);
  state.bytesio = type;
}

}  // namespace krait::modules::io
