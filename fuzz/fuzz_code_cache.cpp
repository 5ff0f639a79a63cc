// Fuzz target (libFuzzer): the bytecode cache loader on arbitrary bytes.
// The first byte picks what is fed: 0-127 a payload straight to load_code
// (past the checksum, so the decoder and the validation see every
// mutation), 128-255 a whole cache file through read_cache_file first.
// Every input must end in a code object or a reason: no crash, hang,
// sanitizer report or pending exception. A code object accepted has the
// bodies of the code objects inside read (a bad one is a ValueError then,
// as when a function first runs), and is serialized again, which must give
// a payload that loads.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "compiler/code_cache.h"
#include "compiler/code_object.h"
#include "runtime/interpreter.h"

namespace {

// Every lazily read body inside `code`, read (nesting is bounded by the
// loader's depth limit).
bool load_bodies(krait::compiler::CodeObject& code) {
  if (!krait::compiler::ensure_code_body(code)) return false;
  for (const krait::runtime::Ref& constant : code.constants) {
    const krait::runtime::Value value = constant.get();
    if (value.is_object() && value.as_object()->type == code.type && !load_bodies(*krait::compiler::as_code(value)))
      return false;
  }
  return true;
}

}  // namespace

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
  if (!load_bodies(*krait::compiler::as_code(code.get()))) {
    if (!interpreter->has_exception()) std::abort();
    krait::runtime::Ref discarded = interpreter->take_exception();
    return 0;
  }
  auto again = krait::compiler::serialize_code(*interpreter, code.get());
  if (!again) std::abort();
  krait::runtime::Ref reloaded = krait::compiler::load_code(*interpreter, *again, krait::runtime::Value(), why);
  if (!reloaded) std::abort();
  return 0;
}
