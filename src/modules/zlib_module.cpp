// Native modules: zlib (CPython's Modules/zlibmodule.c) over Debian's
// zlib: one-shot compress/decompress, the streaming Compress and
// Decompress objects gzip, zipfile and tarfile use, the adler32 and crc32
// checksums, and the library's constants. Errors are worded as CPython's
// ("Error -3 while decompressing data: incorrect header check").
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/module_support.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// CPython's output buffer to start with, and decompress's default bufsize.
constexpr std::int64_t default_buffer_size = 16384;
constexpr int default_memory_level = 8;

// A Compress or Decompress object: a zlib stream, live while `initialised`.
struct StreamObject : runtime::Object {
  z_stream stream{};
  bool initialised = false;
  bool compressing = false;
  // Decompress: the end of the compressed data was reached; what followed
  // it; input left when max_length stopped the output; the dictionary.
  bool eof = false;
  Ref unused_data;
  Ref unconsumed_tail;
  Ref zdict;
};

StreamObject* as_stream(Value value) { return static_cast<StreamObject*>(value.as_object()); }

runtime::Type* error_type(Interpreter& interpreter) { return class_type(interpreter.zlib.error); }

// CPython's zlib_error: "Error <code> <what>[: <zlib's message>]".
Ref zlib_error(Interpreter& interpreter, const z_stream& stream, int error, std::string_view what) {
  const char* message = error == Z_VERSION_ERROR ? "library version mismatch" : stream.msg;
  if (!message) {
    switch (error) {
      case Z_BUF_ERROR:
        message = "incomplete or truncated stream";
        break;
      case Z_STREAM_ERROR:
        message = "inconsistent stream state";
        break;
      case Z_DATA_ERROR:
        message = "invalid input data";
        break;
      default:
        break;
    }
  }
  std::string text = "Error " + std::to_string(error) + " " + std::string(what);
  if (message) text += std::string(": ") + std::string(message).substr(0, 200);
  return interpreter.raise(error_type(interpreter), text);
}

// Feeds the stream at most UINT_MAX bytes of `input` at a time (zlib counts
// in unsigned ints); `remaining` is what is left after this piece.
void arrange_input(z_stream& stream, std::size_t& remaining) {
  stream.avail_in = static_cast<uInt>(std::min<std::size_t>(remaining, UINT_MAX));
  remaining -= stream.avail_in;
}

// Makes room for more output at the end of `out`, growing it (doubling, as
// CPython's buffers grow) up to `limit` bytes in all; false when `out`
// already holds `limit`.
bool arrange_output(z_stream& stream, std::string& out, std::size_t& produced, std::size_t limit) {
  produced = out.size() - stream.avail_out;
  if (produced >= limit) return false;
  std::size_t grow = std::max<std::size_t>(out.size(), static_cast<std::size_t>(default_buffer_size));
  grow = std::min({grow, limit - produced, static_cast<std::size_t>(UINT_MAX)});
  out.resize(produced + grow);
  stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
  stream.avail_out = static_cast<uInt>(grow);
  return true;
}

// The output written so far, once the stream stopped.
Ref finish_output(Interpreter& interpreter, const z_stream& stream, std::string& out) {
  out.resize(out.size() - stream.avail_out);
  return runtime::new_bytes(interpreter, out);
}

void set_input(z_stream& stream, std::string_view data) {
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
}

bool int_parameter(Interpreter& interpreter, Value value, int fallback, int& out) {
  out = fallback;
  return value.is_null() || runtime::index_to_c_int(interpreter, value, out);
}

bool size_parameter(Interpreter& interpreter, Value value, std::int64_t fallback, std::int64_t& out) {
  out = fallback;
  return value.is_null() || runtime::index_argument(interpreter, value, out);
}

// ---- one-shot functions ------------------------------------------------------------

// compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS).
Ref zlib_compress(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[3];
  if (!runtime::bind_arguments(interpreter, {"compress", {"data", "level", "wbits"}, 1, 0, 1}, arguments, count,
                               kwnames, values))
    return Ref();
  std::string_view data;
  int level = 0, window_bits = 0;
  if (!runtime::require_byte_view(interpreter, values[0], data) ||
      !int_parameter(interpreter, values[1], Z_DEFAULT_COMPRESSION, level) ||
      !int_parameter(interpreter, values[2], MAX_WBITS, window_bits))
    return Ref();
  z_stream stream{};
  int error = deflateInit2(&stream, level, Z_DEFLATED, window_bits, default_memory_level, Z_DEFAULT_STRATEGY);
  if (error == Z_MEM_ERROR)
    return interpreter.raise(interpreter.MemoryError_type, "Out of memory while compressing data");
  if (error == Z_STREAM_ERROR) return interpreter.raise(error_type(interpreter), "Bad compression level");
  if (error != Z_OK) {
    deflateEnd(&stream);
    return zlib_error(interpreter, stream, error, "while compressing data");
  }
  set_input(stream, data);
  std::size_t remaining = data.size();
  std::string out;
  std::size_t produced = 0;
  int flush = Z_NO_FLUSH;
  do {
    arrange_input(stream, remaining);
    flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      arrange_output(stream, out, produced, SIZE_MAX);
      error = deflate(&stream, flush);
      if (error == Z_STREAM_ERROR) {
        deflateEnd(&stream);
        return zlib_error(interpreter, stream, error, "while compressing data");
      }
    } while (stream.avail_out == 0);
  } while (flush != Z_FINISH);
  error = deflateEnd(&stream);
  if (error != Z_OK) return zlib_error(interpreter, stream, error, "while finishing compression");
  return finish_output(interpreter, stream, out);
}

// decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE): the data must
// hold a whole stream; what follows it is ignored.
Ref zlib_decompress(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[3];
  if (!runtime::bind_arguments(interpreter, {"decompress", {"data", "wbits", "bufsize"}, 1, 0, 1}, arguments, count,
                               kwnames, values))
    return Ref();
  std::string_view data;
  int window_bits = 0;
  std::int64_t buffer_size = 0;
  if (!runtime::require_byte_view(interpreter, values[0], data) ||
      !int_parameter(interpreter, values[1], MAX_WBITS, window_bits) ||
      !size_parameter(interpreter, values[2], default_buffer_size, buffer_size))
    return Ref();
  if (buffer_size < 0) return interpreter.raise(interpreter.ValueError_type, "bufsize must be non-negative");
  z_stream stream{};
  set_input(stream, data);
  int error = inflateInit2(&stream, window_bits);
  if (error == Z_MEM_ERROR)
    return interpreter.raise(interpreter.MemoryError_type, "Out of memory while decompressing data");
  if (error != Z_OK) {
    inflateEnd(&stream);
    return zlib_error(interpreter, stream, error, "while preparing to decompress data");
  }
  std::size_t remaining = data.size();
  std::string out;
  out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(buffer_size, 1)));
  std::size_t produced = 0;
  do {
    arrange_input(stream, remaining);
    const int flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      arrange_output(stream, out, produced, SIZE_MAX);
      error = inflate(&stream, flush);
      if (error == Z_MEM_ERROR) {
        inflateEnd(&stream);
        return interpreter.raise(interpreter.MemoryError_type, "Out of memory while decompressing data");
      }
      if (error != Z_OK && error != Z_BUF_ERROR && error != Z_STREAM_END) {
        inflateEnd(&stream);
        return zlib_error(interpreter, stream, error, "while decompressing data");
      }
    } while (stream.avail_out == 0);
  } while (error != Z_STREAM_END && remaining != 0);
  if (error != Z_STREAM_END) {
    inflateEnd(&stream);
    return zlib_error(interpreter, stream, error, "while decompressing data");
  }
  error = inflateEnd(&stream);
  if (error != Z_OK) return zlib_error(interpreter, stream, error, "while finishing decompression");
  return finish_output(interpreter, stream, out);
}

Ref zlib_crc32(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return checksum(interpreter, "crc32", &crc32, 0, arguments, count, kwnames);
}

Ref zlib_adler32(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return checksum(interpreter, "adler32", &adler32, 1, arguments, count, kwnames);
}

// ---- stream objects -------------------------------------------------------------------

Ref new_stream(Interpreter& interpreter, runtime::Type* type, bool compressing) {
  auto* object = new StreamObject;
  object->type = type;
  object->compressing = compressing;
  object->unused_data = runtime::new_bytes(interpreter, "");
  object->unconsumed_tail = runtime::new_bytes(interpreter, "");
  return Ref::steal(Value::object(object));
}

void stream_deallocate(Interpreter&, runtime::Object* object) {
  auto* stream = static_cast<StreamObject*>(object);
  if (stream->initialised) {
    if (stream->compressing)
      deflateEnd(&stream->stream);
    else
      inflateEnd(&stream->stream);
  }
  delete stream;
}

// compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS,
//             memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None).
Ref zlib_compressobj(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[6];
  if (!runtime::bind_arguments(interpreter,
                               {"compressobj", {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 0, 0},
                               arguments, count, kwnames, values))
    return Ref();
  int level = 0, method = 0, window_bits = 0, memory_level = 0, strategy = 0;
  if (!int_parameter(interpreter, values[0], Z_DEFAULT_COMPRESSION, level) ||
      !int_parameter(interpreter, values[1], Z_DEFLATED, method) ||
      !int_parameter(interpreter, values[2], MAX_WBITS, window_bits) ||
      !int_parameter(interpreter, values[3], default_memory_level, memory_level) ||
      !int_parameter(interpreter, values[4], Z_DEFAULT_STRATEGY, strategy))
    return Ref();
  std::string_view dictionary;
  const bool has_dictionary = !values[5].is_null() && values[5] != interpreter.none();
  if (has_dictionary && !runtime::require_byte_view(interpreter, values[5], dictionary)) return Ref();
  Ref object = new_stream(interpreter, interpreter.zlib.compress_type, true);
  StreamObject* self = as_stream(object.get());
  const int error = deflateInit2(&self->stream, level, method, window_bits, memory_level, strategy);
  if (error == Z_MEM_ERROR)
    return interpreter.raise(interpreter.MemoryError_type, "Can't allocate memory for compression object");
  if (error == Z_STREAM_ERROR) return interpreter.raise(interpreter.ValueError_type, "Invalid initialization option");
  if (error != Z_OK) return zlib_error(interpreter, self->stream, error, "while creating compression object");
  self->initialised = true;
  if (has_dictionary) {
    const int set = deflateSetDictionary(&self->stream, reinterpret_cast<const Bytef*>(dictionary.data()),
                                         static_cast<uInt>(dictionary.size()));
    if (set != Z_OK)
      return interpreter.raise(interpreter.ValueError_type,
                               set == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
  }
  return object;
}

// Gives a Decompress object its dictionary (raw streams at once, others
// when the stream asks for it).
bool set_inflate_dictionary(Interpreter& interpreter, StreamObject* self) {
  std::string_view dictionary;
  if (!runtime::require_byte_view(interpreter, self->zdict.get(), dictionary)) return false;
  if (dictionary.size() > UINT_MAX) {
    interpreter.set_exception(interpreter.OverflowError_type, "zdict length does not fit in an unsigned int");
    return false;
  }
  const int error = inflateSetDictionary(&self->stream, reinterpret_cast<const Bytef*>(dictionary.data()),
                                         static_cast<uInt>(dictionary.size()));
  if (error != Z_OK) {
    return static_cast<bool>(zlib_error(interpreter, self->stream, error, "while setting zdict"));
  }
  return true;
}

// decompressobj(wbits=MAX_WBITS, zdict=b'').
Ref zlib_decompressobj(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"decompressobj", {"wbits", "zdict"}, 0, 0, 0}, arguments, count, kwnames,
                               values))
    return Ref();
  int window_bits = 0;
  if (!int_parameter(interpreter, values[0], MAX_WBITS, window_bits)) return Ref();
  std::string_view ignored;
  if (!values[1].is_null() && !runtime::byte_view(interpreter, values[1], ignored))
    return interpreter.raise(interpreter.TypeError_type, "zdict argument must support the buffer protocol");
  Ref object = new_stream(interpreter, interpreter.zlib.decompress_type, false);
  StreamObject* self = as_stream(object.get());
  if (!values[1].is_null()) self->zdict = Ref::borrow(values[1]);
  const int error = inflateInit2(&self->stream, window_bits);
  if (error == Z_STREAM_ERROR) return interpreter.raise(interpreter.ValueError_type, "Invalid initialization option");
  if (error == Z_MEM_ERROR)
    return interpreter.raise(interpreter.MemoryError_type, "Can't allocate memory for decompression object");
  if (error != Z_OK) return zlib_error(interpreter, self->stream, error, "while creating decompression object");
  self->initialised = true;
  if (self->zdict && window_bits < 0 && !set_inflate_dictionary(interpreter, self)) return Ref();
  return object;
}

// Compress.compress(data, /).
Ref compress_compress(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "compress", count, kwnames)) return Ref();
  std::string_view data;
  if (!runtime::require_byte_view(interpreter, arguments[0], data)) return Ref();
  z_stream& stream = as_stream(self)->stream;
  set_input(stream, data);
  std::size_t remaining = data.size();
  std::string out;
  std::size_t produced = 0;
  stream.avail_out = 0;
  do {
    arrange_input(stream, remaining);
    do {
      arrange_output(stream, out, produced, SIZE_MAX);
      const int error = deflate(&stream, Z_NO_FLUSH);
      if (error == Z_STREAM_ERROR) return zlib_error(interpreter, stream, error, "while compressing data");
    } while (stream.avail_out == 0);
  } while (remaining != 0);
  return finish_output(interpreter, stream, out);
}

// Compress.flush(mode=Z_FINISH, /): Z_FINISH ends the stream.
Ref compress_flush(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "flush", kwnames) ||
      !runtime::check_argument_count(interpreter, "flush", count, 0, 1))
    return Ref();
  int mode = Z_FINISH;
  if (count == 1 && !runtime::index_to_c_int(interpreter, arguments[0], mode)) return Ref();
  if (mode == Z_NO_FLUSH) return runtime::new_bytes(interpreter, "");
  StreamObject* object = as_stream(self);
  z_stream& stream = object->stream;
  stream.avail_in = 0;
  stream.avail_out = 0;
  std::string out;
  std::size_t produced = 0;
  int error = Z_OK;
  do {
    arrange_output(stream, out, produced, SIZE_MAX);
    error = deflate(&stream, mode);
    if (error == Z_STREAM_ERROR) return zlib_error(interpreter, stream, error, "while flushing");
  } while (stream.avail_out == 0);
  if (error == Z_STREAM_END && mode == Z_FINISH) {
    error = deflateEnd(&stream);
    if (error != Z_OK) return zlib_error(interpreter, stream, error, "while finishing compression");
    object->initialised = false;
  } else if (error != Z_OK && error != Z_BUF_ERROR) {
    return zlib_error(interpreter, stream, error, "while flushing");
  }
  return finish_output(interpreter, stream, out);
}

// Decompress's unused_data and unconsumed_tail after a call that fed it
// `data`, stopped with `error` (CPython's save_unconsumed_input).
void save_unconsumed_input(Interpreter& interpreter, StreamObject* self, std::string_view data, int error) {
  const auto* end = reinterpret_cast<const Bytef*>(data.data() + data.size());
  const auto left = static_cast<std::size_t>(end - self->stream.next_in);
  const std::string_view rest(reinterpret_cast<const char*>(self->stream.next_in), left);
  if (error == Z_STREAM_END && self->stream.avail_in > 0) {
    // Past the end of the stream: kept in unused_data, after what was.
    std::string unused(runtime::as_bytes(self->unused_data.get())->view());
    unused += rest;
    self->unused_data = runtime::new_bytes(interpreter, unused);
    self->stream.avail_in = 0;
  }
  // Input left because max_length stopped the output, or none any more.
  if (self->stream.avail_in > 0 || runtime::as_bytes(self->unconsumed_tail.get())->size > 0)
    self->unconsumed_tail = runtime::new_bytes(interpreter, rest);
}

// Inflates `data` into `out` with `flush`, at most `limit` bytes of output:
// CPython's loop shared by decompress() and flush(); returns zlib's last
// code, or Z_ERRNO with the exception pending (a dictionary failed).
int inflate_into(Interpreter& interpreter, StreamObject* self, std::string_view data, bool finish, std::size_t limit,
                 std::string& out) {
  z_stream& stream = self->stream;
  set_input(stream, data);
  std::size_t remaining = data.size();
  std::size_t produced = 0;
  stream.avail_out = 0;
  int error = Z_OK;
  do {
    arrange_input(stream, remaining);
    const int flush = finish && remaining == 0 ? Z_FINISH : Z_SYNC_FLUSH;
    do {
      if (!arrange_output(stream, out, produced, limit)) return error;
      error = inflate(&stream, flush);
      if (error == Z_NEED_DICT && self->zdict) {
        if (!set_inflate_dictionary(interpreter, self)) return Z_ERRNO;
        continue;
      }
      if (error != Z_OK && error != Z_BUF_ERROR && error != Z_STREAM_END) return error;
    } while (stream.avail_out == 0 || error == Z_NEED_DICT);
  } while (error != Z_STREAM_END && remaining != 0);
  return error;
}

// Decompress.decompress(data, /, max_length=0).
Ref decompress_decompress(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"decompress", {"data", "max_length"}, 1, 0, 1}, arguments, count, kwnames,
                               values))
    return Ref();
  std::string_view data;
  std::int64_t max_length = 0;
  if (!runtime::require_byte_view(interpreter, values[0], data) ||
      !size_parameter(interpreter, values[1], 0, max_length))
    return Ref();
  if (max_length < 0) return interpreter.raise(interpreter.ValueError_type, "max_length must be non-negative");
  StreamObject* object = as_stream(self);
  std::string out;
  const int error =
      inflate_into(interpreter, object, data, false, max_length ? static_cast<std::size_t>(max_length) : SIZE_MAX, out);
  if (error == Z_ERRNO) return Ref();
  save_unconsumed_input(interpreter, object, data, error);
  if (error == Z_STREAM_END)
    object->eof = true;
  else if (error != Z_OK && error != Z_BUF_ERROR)
    return zlib_error(interpreter, object->stream, error, "while decompressing data");
  return finish_output(interpreter, object->stream, out);
}

// Decompress.flush(length=DEF_BUF_SIZE, /): the rest, from unconsumed_tail.
Ref decompress_flush(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "flush", kwnames) ||
      !runtime::check_argument_count(interpreter, "flush", count, 0, 1))
    return Ref();
  std::int64_t length = default_buffer_size;
  if (count == 1 && !runtime::index_argument(interpreter, arguments[0], length)) return Ref();
  if (length <= 0) return interpreter.raise(interpreter.ValueError_type, "length must be greater than zero");
  StreamObject* object = as_stream(self);
  Ref tail = Ref::borrow(object->unconsumed_tail.get());
  const std::string_view data = runtime::as_bytes(tail.get())->view();
  std::string out;
  out.reserve(static_cast<std::size_t>(std::min<std::int64_t>(length, 1 << 20)));
  int error = inflate_into(interpreter, object, data, true, SIZE_MAX, out);
  if (error == Z_ERRNO) return Ref();
  save_unconsumed_input(interpreter, object, data, error);
  if (error == Z_STREAM_END) {
    object->eof = true;
    object->initialised = false;
    error = inflateEnd(&object->stream);
    if (error != Z_OK) return zlib_error(interpreter, object->stream, error, "while finishing decompression");
  }
  return finish_output(interpreter, object->stream, out);
}

// copy(), __copy__(), __deepcopy__(memo): an independent stream in the
// same state.
Ref stream_copy_of(Interpreter& interpreter, Value self) {
  StreamObject* object = as_stream(self);
  if (!object->initialised) return interpreter.raise(interpreter.ValueError_type, "Inconsistent stream state");
  Ref copy = new_stream(interpreter, object->type, object->compressing);
  StreamObject* twin = as_stream(copy.get());
  const int error =
      object->compressing ? deflateCopy(&twin->stream, &object->stream) : inflateCopy(&twin->stream, &object->stream);
  if (error == Z_STREAM_ERROR) return interpreter.raise(interpreter.ValueError_type, "Inconsistent stream state");
  if (error == Z_MEM_ERROR)
    return interpreter.raise(interpreter.MemoryError_type, object->compressing
                                                               ? "Can't allocate memory for compression object"
                                                               : "Can't allocate memory for decompression object");
  if (error != Z_OK)
    return zlib_error(interpreter, object->stream, error,
                      object->compressing ? "while copying compression object" : "while copying decompression object");
  twin->initialised = true;
  twin->eof = object->eof;
  twin->unused_data = Ref::borrow(object->unused_data.get());
  twin->unconsumed_tail = Ref::borrow(object->unconsumed_tail.get());
  if (object->zdict) twin->zdict = Ref::borrow(object->zdict.get());
  return copy;
}

Ref stream_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "copy", count, kwnames)) return Ref();
  return stream_copy_of(interpreter, self);
}

Ref stream_dunder_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__copy__", count, kwnames)) return Ref();
  return stream_copy_of(interpreter, self);
}

Ref stream_deepcopy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__deepcopy__", count, kwnames)) return Ref();
  return stream_copy_of(interpreter, self);
}

Ref decompress_unused_data(Interpreter&, Value self) { return Ref::borrow(as_stream(self)->unused_data.get()); }
Ref decompress_unconsumed_tail(Interpreter&, Value self) { return Ref::borrow(as_stream(self)->unconsumed_tail.get()); }
Ref decompress_eof(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_stream(self)->eof); }

void make_types(Interpreter& interpreter) {
  runtime::Type* compress = runtime::new_native_type(interpreter, "zlib.Compress", interpreter.object_type);
  compress->deallocate = &stream_deallocate;
  runtime::add_methods(interpreter, compress,
                       {{"compress", &compress_compress},
                        {"flush", &compress_flush},
                        {"copy", &stream_copy},
                        {"__copy__", &stream_dunder_copy},
                        {"__deepcopy__", &stream_deepcopy}});
  runtime::ready_native_type(interpreter, compress);
  interpreter.zlib.compress_type = compress;

  runtime::Type* decompress = runtime::new_native_type(interpreter, "zlib.Decompress", interpreter.object_type);
  decompress->deallocate = &stream_deallocate;
  runtime::add_methods(interpreter, decompress,
                       {{"decompress", &decompress_decompress},
                        {"flush", &decompress_flush},
                        {"copy", &stream_copy},
                        {"__copy__", &stream_dunder_copy},
                        {"__deepcopy__", &stream_deepcopy}});
  runtime::add_getsets(interpreter, decompress,
                       {{"unused_data", &decompress_unused_data, &runtime::readonly_member},
                        {"unconsumed_tail", &decompress_unconsumed_tail, &runtime::readonly_member},
                        {"eof", &decompress_eof, &runtime::readonly_member}});
  runtime::ready_native_type(interpreter, decompress);
  interpreter.zlib.decompress_type = decompress;
}

struct Constant {
  const char* name;
  int value;
};

constexpr Constant constants[] = {
    {"MAX_WBITS", MAX_WBITS},
    {"DEFLATED", Z_DEFLATED},
    {"DEF_MEM_LEVEL", default_memory_level},
    {"DEF_BUF_SIZE", static_cast<int>(default_buffer_size)},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"Z_RLE", Z_RLE},
    {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH},
    {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES},
};

}  // namespace

Ref create_zlib_module(Interpreter& interpreter) {
  auto& state = interpreter.zlib;
  if (!state.error) {
    state.error = new_exception_class(interpreter, "zlib", "error", interpreter.Exception_type);
    if (!state.error) return Ref();
    make_types(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "zlib");
  const Value zlib = module.get();
  runtime::add_module_functions(interpreter, zlib,
                                {{"adler32", &zlib_adler32},
                                 {"compress", &zlib_compress},
                                 {"compressobj", &zlib_compressobj},
                                 {"crc32", &zlib_crc32},
                                 {"decompress", &zlib_decompress},
                                 {"decompressobj", &zlib_decompressobj}});
  for (const Constant& constant : constants)
    runtime::module_set(interpreter, zlib, constant.name, Value::small_int(constant.value));
  runtime::module_set(interpreter, zlib, "error", state.error.get());
  for (const auto& [name, text] : {std::pair{"ZLIB_VERSION", ZLIB_VERSION},
                                   std::pair{"ZLIB_RUNTIME_VERSION", zlibVersion()}, std::pair{"__version__", "1.0"}}) {
    Ref value = runtime::new_str(interpreter, text);
    runtime::module_set(interpreter, zlib, name, value.get());
  }
  return module;
}

}  // namespace krait::modules
