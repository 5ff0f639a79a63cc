// Native modules: the decompress() loop of _bz2 and _lzma (decompressor.h).
#include "modules/decompressor.h"

#include <algorithm>
#include <cstdint>

#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "runtime/arguments.h"

namespace krait::modules {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

namespace {

// CPython's first output block (_BlocksOutputBuffer's 32 KiB).
constexpr std::size_t first_block = 32 * 1024;

// Makes room at the end of `out` after `produced` bytes: doubling, never
// beyond `limit` in all.
void grow(std::string& out, std::size_t produced, std::size_t limit, char*& cursor, std::size_t& room) {
  const std::size_t size = std::min(limit, produced + std::max(first_block, produced));
  out.resize(size);
  cursor = out.data() + produced;
  room = size - produced;
}

}  // namespace

bool compress_arguments(Interpreter& interpreter, bool flushed, const Value* arguments, std::size_t count,
                        Value kwnames, std::string_view& data) {
  if (!runtime::check_one_argument(interpreter, "compress", count, kwnames) ||
      !runtime::require_byte_view(interpreter, arguments[0], data))
    return false;
  if (!flushed) return true;
  interpreter.set_exception(interpreter.ValueError_type, "Compressor has been flushed");
  return false;
}

bool flush_arguments(Interpreter& interpreter, bool& flushed, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "flush", count, kwnames)) return false;
  if (flushed) {
    interpreter.set_exception(interpreter.ValueError_type, "Repeated call to flush()");
    return false;
  }
  flushed = true;
  return true;
}

Ref decompress_method(Interpreter& interpreter, DecompressorInput& state, DecompressStepFunction step, void* context,
                      const Value* arguments, std::size_t count, Value kwnames, DecompressOrder order) {
  Value bound[2];
  std::string_view data;
  std::int64_t max_length = -1;
  if (!runtime::bind_arguments(interpreter, {"decompress", {"data", "max_length"}, 0, 0, 1}, arguments, count, kwnames,
                               bound) ||
      !runtime::require_byte_view(interpreter, bound[0], data) ||
      (!bound[1].is_null() && !runtime::index_argument(interpreter, bound[1], max_length)))
    return Ref();
  if (state.eof) return interpreter.raise(interpreter.EOFError_type, "End of stream already reached");
  // Input left by an earlier call comes first.
  std::string combined;
  std::string_view input = data;
  if (!state.pending.empty()) {
    combined = state.pending;
    combined += data;
    input = combined;
  }
  const std::size_t limit = max_length < 0 ? SIZE_MAX : static_cast<std::size_t>(max_length);
  std::string out;
  char* cursor = nullptr;
  std::size_t room = 0;
  grow(out, 0, limit, cursor, room);
  bool ended = false;
  for (;;) {
    const DecompressStep result = step(interpreter, context, input, cursor, room);
    if (result == DecompressStep::failed) {
      state.pending.clear();
      return Ref();
    }
    if (result == DecompressStep::ended) {
      ended = true;
      break;
    }
    const std::size_t produced = static_cast<std::size_t>(cursor - out.data());
    if (order == DecompressOrder::input_first && input.empty()) break;
    if (room == 0) {
      if (produced == limit) break;
      grow(out, produced, limit, cursor, room);
    } else if (input.empty()) {
      break;
    }
  }
  out.resize(static_cast<std::size_t>(cursor - out.data()));
  if (ended) {
    state.eof = true;
    state.needs_input = false;
    if (!input.empty()) state.unused_data = runtime::new_bytes(interpreter, input);
    state.pending.clear();
  } else if (input.empty()) {
    state.pending.clear();
    // liblzma may hold more output when the buffer filled up.
    state.needs_input = order == DecompressOrder::input_first || room != 0;
  } else {
    state.pending = std::string(input);
    state.needs_input = false;
  }
  return runtime::new_bytes(interpreter, out);
}

}  // namespace krait::modules
