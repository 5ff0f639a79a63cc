// Fuzz target (libFuzzer): the bytecode cache loader on arbitrary bytes.
// The first byte picks what is fed: 0-127 a payload straight to load_code
// (past the checksum, so the decoder and the validation see every
// mutation), 128-255 a whole cache file through read_cache_file first.
// Every input must end in a code object or a reason: no crash, hang,
// sanitizer report or pending exception. A code object accepted is
// serialized again, which must give a payload that loads.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "compiler/code_cache.h"
#include "compiler/code_object.h"
#include "runtime/interpreter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static krait::runtime::Interpreter* interpreter = new krait::runtime::Interpreter();
  const bool whole_file = data[0] >= 128;
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  std::string why;
  if (whole_file) {
    auto file = krait::compiler::read_cache_file(input, why);
    if (!file) return 0;
    input = file->payload;
  }
  krait::runtime::Ref code = krait::compiler::load_code(*interpreter, input, krait::runtime::Value(), why);
  if (interpreter->has_exception()) std::abort();
  if (!code) return 0;
  auto again = krait::compiler::serialize_code(*interpreter, code.get());
  if (!again) std::abort();
  krait::runtime::Ref reloaded = krait::compiler::load_code(*interpreter, *again, krait::runtime::Value(), why);
  if (!reloaded) std::abort();
  return 0;
}
