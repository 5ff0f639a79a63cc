// Native modules: what the streaming decompressors of _bz2 and _lzma share
// (CPython's _bz2module.c and _lzmamodule.c have the same decompress()):
// decompress(data, max_length=-1) over a library's step function, keeping
// the input not consumed yet for the next call and the data after the end
// of the stream as unused_data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/interpreter.h"

namespace krait::modules {

// A decompressor's input state: eof, unused_data and needs_input are its
// attributes.
struct DecompressorInput {
  std::string pending;  // given to an earlier call, not consumed yet
  bool eof = false;
  bool needs_input = true;
  runtime::Ref unused_data;  // bytes
};

enum class DecompressStep { more, ended, failed };

// One call of the library: consumes from the front of `input`, writes at
// `out` (advanced) at most `room` bytes (decreased); `failed` with the
// exception pending.
using DecompressStepFunction = DecompressStep (*)(runtime::Interpreter& interpreter, void* context,
                                                  std::string_view& input, char*& out, std::size_t& room);

// When a step leaves both no input and no room, libbz2's loop stops for
// want of input (input_first); liblzma's grows the output first, since
// the library may still hold output (output_first).
enum class DecompressOrder { input_first, output_first };

// decompress(data, /, max_length=-1): at most max_length bytes (all when
// negative); EOFError "End of stream already reached" after the end.
runtime::Ref decompress_method(runtime::Interpreter& interpreter, DecompressorInput& state,
                               DecompressStepFunction step, void* context, const runtime::Value* arguments,
                               std::size_t count, runtime::Value kwnames, DecompressOrder order);

}  // namespace krait::modules
