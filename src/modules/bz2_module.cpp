// Native modules: _bz2 (CPython's Modules/_bz2module.c) over libbz2: the
// streaming BZ2Compressor and BZ2Decompressor bz2.py builds BZ2File,
// compress and decompress on. The decompressor's max_length and input
// bookkeeping are shared with _lzma (modules/decompressor.h).
#include <bzlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/decompressor.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// CPython's catch_bz2_error: false with the exception for a failing code.
bool check_bz2(Interpreter& interpreter, int code) {
  switch (code) {
    case BZ_OK:
    case BZ_RUN_OK:
    case BZ_FLUSH_OK:
    case BZ_FINISH_OK:
    case BZ_STREAM_END:
      return true;
    case BZ_PARAM_ERROR:
      interpreter.set_exception(interpreter.ValueError_type, "Internal error - invalid parameters passed to libbzip2");
      return false;
    case BZ_MEM_ERROR:
      interpreter.set_exception(interpreter.MemoryError_type, "");
      return false;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
      interpreter.set_exception(interpreter.OSError_type, "Invalid data stream");
      return false;
    case BZ_IO_ERROR:
      interpreter.set_exception(interpreter.OSError_type, "Unknown I/O error");
      return false;
    case BZ_UNEXPECTED_EOF:
      interpreter.set_exception(interpreter.EOFError_type,
                                "Compressed file ended before the logical end-of-stream was detected");
      return false;
    case BZ_SEQUENCE_ERROR:
      interpreter.set_exception(interpreter.RuntimeError_type,
                                "Internal error - Invalid sequence of commands sent to libbzip2");
      return false;
    default:
      interpreter.set_exception(interpreter.SystemError_type,
                                "Unrecognized error from libbzip2: " + std::to_string(code));
      return false;
  }
}

// ---- BZ2Compressor ------------------------------------------------------------------

struct CompressorObject : runtime::Object {
  bz_stream stream{};
  bool initialised = false;
  bool flushed = false;
};

CompressorObject* as_compressor(Value value) { return static_cast<CompressorObject*>(value.as_object()); }

void compressor_deallocate(Interpreter&, runtime::Object* object) {
  auto* compressor = static_cast<CompressorObject*>(object);
  if (compressor->initialised) BZ2_bzCompressEnd(&compressor->stream);
  delete compressor;
}

// BZ2Compressor(compresslevel=9, /).
Ref compressor_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "BZ2Compressor", kwnames) ||
      !runtime::check_argument_count(interpreter, "BZ2Compressor", count, 0, 1))
    return Ref();
  int level = 9;
  if (count == 1 && !runtime::index_to_c_int(interpreter, arguments[0], level)) return Ref();
  if (level < 1 || level > 9)
    return interpreter.raise(interpreter.ValueError_type, "compresslevel must be between 1 and 9");
  auto* object = new CompressorObject;
  runtime::set_object_type(object, static_cast<Type*>(callee.as_object()));
  Ref result = Ref::steal(Value::object(object));
  if (!check_bz2(interpreter, BZ2_bzCompressInit(&object->stream, level, 0, 0))) return Ref();
  object->initialised = true;
  return result;
}

// Runs the compressor over `data` with `action` (BZ_RUN or BZ_FINISH)
// until it has taken all input (or, finishing, ended the stream).
Ref run_compressor(Interpreter& interpreter, bz_stream& stream, std::string_view data, int action) {
  std::string out;
  stream.next_in = const_cast<char*>(data.data());
  std::size_t remaining = data.size();
  for (;;) {
    if (stream.avail_in == 0 && remaining > 0) {
      stream.avail_in = static_cast<unsigned>(std::min<std::size_t>(remaining, UINT_MAX));
      remaining -= stream.avail_in;
    }
    if (action == BZ_RUN && stream.avail_in == 0) break;
    const std::size_t produced = out.size();
    out.resize(produced + std::max<std::size_t>(produced, 8192));
    stream.next_out = out.data() + produced;
    stream.avail_out = static_cast<unsigned>(std::min<std::size_t>(out.size() - produced, UINT_MAX));
    const int code = BZ2_bzCompress(&stream, action);
    out.resize(out.size() - stream.avail_out);
    if (!check_bz2(interpreter, code)) return Ref();
    if (action == BZ_FINISH && code == BZ_STREAM_END) break;
  }
  return runtime::new_bytes(interpreter, out);
}

Ref compressor_compress(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  CompressorObject* compressor = as_compressor(self);
  std::string_view data;
  if (!compress_arguments(interpreter, compressor->flushed, arguments, count, kwnames, data)) return Ref();
  return run_compressor(interpreter, compressor->stream, data, BZ_RUN);
}

Ref compressor_flush(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  CompressorObject* compressor = as_compressor(self);
  if (!flush_arguments(interpreter, compressor->flushed, count, kwnames)) return Ref();
  return run_compressor(interpreter, compressor->stream, {}, BZ_FINISH);
}

// ---- BZ2Decompressor ----------------------------------------------------------------

struct DecompressorObject : runtime::Object {
  bz_stream stream{};
  bool initialised = false;
  DecompressorInput input;
};

DecompressorObject* as_decompressor(Value value) { return static_cast<DecompressorObject*>(value.as_object()); }

void decompressor_deallocate(Interpreter&, runtime::Object* object) {
  auto* decompressor = static_cast<DecompressorObject*>(object);
  if (decompressor->initialised) BZ2_bzDecompressEnd(&decompressor->stream);
  delete decompressor;
}

Ref decompressor_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t count, Value kwnames) {
  if (count > 0)
    return interpreter.raise(interpreter.TypeError_type, "BZ2Decompressor() takes no positional arguments");
  if (!runtime::reject_keywords(interpreter, "BZ2Decompressor", kwnames)) return Ref();
  auto* object = new DecompressorObject;
  runtime::set_object_type(object, static_cast<Type*>(callee.as_object()));
  Ref result = Ref::steal(Value::object(object));
  object->input.unused_data = runtime::new_bytes(interpreter, "");
  if (!check_bz2(interpreter, BZ2_bzDecompressInit(&object->stream, 0, 0))) return Ref();
  object->initialised = true;
  return result;
}

// One call of libbz2's decompressor on the input and output given.
DecompressStep bz2_step(Interpreter& interpreter, void* context, std::string_view& input, char*& out,
                        std::size_t& room) {
  bz_stream& stream = as_decompressor(Value::object(static_cast<runtime::Object*>(context)))->stream;
  stream.next_in = const_cast<char*>(input.data());
  stream.avail_in = static_cast<unsigned>(std::min<std::size_t>(input.size(), UINT_MAX));
  stream.next_out = out;
  stream.avail_out = static_cast<unsigned>(std::min<std::size_t>(room, UINT_MAX));
  const int code = BZ2_bzDecompress(&stream);
  input.remove_prefix(static_cast<std::size_t>(stream.next_in - input.data()));
  room -= static_cast<std::size_t>(stream.next_out - out);
  out = stream.next_out;
  if (!check_bz2(interpreter, code)) return DecompressStep::failed;
  return code == BZ_STREAM_END ? DecompressStep::ended : DecompressStep::more;
}

Ref decompressor_decompress(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  DecompressorObject* decompressor = as_decompressor(self);
  return decompress_method(interpreter, decompressor->input, &bz2_step, self.as_object(), arguments, count, kwnames,
                           DecompressOrder::input_first);
}


void make_types(Interpreter& interpreter) {
  auto& state = interpreter.compression;
  Type* compressor = runtime::new_native_type(interpreter, "_bz2.BZ2Compressor", interpreter.object_type);
  compressor->construct = &compressor_construct;
  compressor->deallocate = &compressor_deallocate;
  runtime::add_methods(interpreter, compressor, {{"compress", &compressor_compress}, {"flush", &compressor_flush}});
  runtime::ready_native_type(interpreter, compressor);
  state.bz2_compressor_type = compressor;

  Type* decompressor = runtime::new_native_type(interpreter, "_bz2.BZ2Decompressor", interpreter.object_type);
  decompressor->construct = &decompressor_construct;
  decompressor->deallocate = &decompressor_deallocate;
  runtime::add_methods(interpreter, decompressor, {{"decompress", &decompressor_decompress}});
  add_decompressor_attributes<DecompressorObject>(interpreter, decompressor);
  runtime::ready_native_type(interpreter, decompressor);
  state.bz2_decompressor_type = decompressor;
}

}  // namespace

Ref create_bz2_module(Interpreter& interpreter) {
  if (!interpreter.compression.bz2_compressor_type) make_types(interpreter);
  Ref module = runtime::new_module(interpreter, "_bz2");
  runtime::module_set(interpreter, module.get(), "BZ2Compressor",
                      Value::object(interpreter.compression.bz2_compressor_type));
  runtime::module_set(interpreter, module.get(), "BZ2Decompressor",
                      Value::object(interpreter.compression.bz2_decompressor_type));
  return module;
}

}  // namespace krait::modules
