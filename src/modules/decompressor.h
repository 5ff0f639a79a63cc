// Native modules: what the streaming compressors and decompressors of _bz2
// and _lzma share (CPython's _bz2module.c and _lzmamodule.c have the same
// compress(), flush() and decompress()): the compressors' argument and
// state checks, and decompress(data, max_length=-1) over a library's step
// function, keeping the input not consumed yet for the next call and the
// data after the end of the stream as unused_data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "objects/descriptor_object.h"
#include "objects/type_object.h"
#include "runtime/interpreter.h"

namespace krait::modules {

// compress(data, /): its data, or ValueError "Compressor has been flushed".
[[nodiscard]] bool compress_arguments(runtime::Interpreter& interpreter, bool flushed,
                                      const runtime::Value* arguments, std::size_t count, runtime::Value kwnames,
                                      std::string_view& data);
// flush(): marks the compressor flushed, or ValueError "Repeated call to
// flush()".
[[nodiscard]] bool flush_arguments(runtime::Interpreter& interpreter, bool& flushed, std::size_t count,
                                   runtime::Value kwnames);

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

// The eof, unused_data and needs_input attributes of a decompressor type
// whose objects (`Object`) hold their DecompressorInput as `input`.
template <class Object>
void add_decompressor_attributes(runtime::Interpreter& interpreter, runtime::Type* type) {
  using runtime::Interpreter;
  using runtime::Ref;
  using runtime::Value;
  static constexpr auto input = [](Value self) -> DecompressorInput& {
    return static_cast<Object*>(self.as_object())->input;
  };
  runtime::add_getsets(
      interpreter, type,
      {{"eof", [](Interpreter& interpreter, Value self) { return interpreter.new_boolean(input(self).eof); },
        &runtime::readonly_member},
       {"unused_data", [](Interpreter&, Value self) { return Ref::borrow(input(self).unused_data.get()); },
        &runtime::readonly_member},
       {"needs_input",
        [](Interpreter& interpreter, Value self) { return interpreter.new_boolean(input(self).needs_input); },
        &runtime::readonly_member}});
}

}  // namespace krait::modules
