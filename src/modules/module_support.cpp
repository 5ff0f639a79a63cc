// Native modules: the helpers several modules share (module_support.h).
#include "modules/module_support.h"

#include <gmp.h>
#include <zlib.h>

#include <algorithm>

#include "objects/bytes_methods.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

bool ascii_buffer_argument(Interpreter& interpreter, Value value, std::string_view& out) {
  if (runtime::is_str(interpreter, value)) {
    if (!runtime::as_str(value)->ascii) {
      interpreter.set_exception(interpreter.ValueError_type, "string argument should contain only ASCII characters");
      return false;
    }
    out = runtime::str_utf8(value);
    return true;
  }
  if (runtime::byte_view(interpreter, value, out)) return true;
  interpreter.set_exception(interpreter.TypeError_type, "argument should be bytes, buffer or ASCII string, not '" +
                                                            runtime::type_of(interpreter, value)->name + "'");
  return false;
}

bool bitwise_unsigned_argument(Interpreter& interpreter, Value value, std::uint64_t& out) {
  Ref index = runtime::number_index(interpreter, value);
  if (!index) return false;
  if (index.get().is_small_int()) {
    out = static_cast<std::uint64_t>(index.get().as_small_int());
    return true;
  }
  // The low 64 bits of the two's complement of a big int.
  mpz_t low;
  mpz_init(low);
  mpz_fdiv_r_2exp(low, static_cast<runtime::IntObject*>(index.get().as_object())->value, 64);
  out = 0;
  mpz_export(&out, nullptr, -1, sizeof out, 0, 0, low);
  mpz_clear(low);
  return true;
}

bool flag_argument(Interpreter& interpreter, Value value, bool& out) {
  int number = 0;
  if (!runtime::index_to_c_int(interpreter, value, number)) return false;
  out = number != 0;
  return true;
}

Ref checksum(Interpreter& interpreter, const char* name, Checksum update, std::uint64_t initial, const Value* arguments,
             std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_argument_count(interpreter, name, count, 1, 2))
    return Ref();
  std::string_view data;
  std::uint64_t start = initial;
  if (!runtime::require_byte_view(interpreter, arguments[0], data) ||
      (count == 2 && !bitwise_unsigned_argument(interpreter, arguments[1], start)))
    return Ref();
  uLong value = start & 0xffffffffu;
  // zlib takes lengths as unsigned int: feed large data in pieces.
  while (!data.empty()) {
    const std::size_t piece = std::min<std::size_t>(data.size(), 1u << 30);
    value = update(value, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(piece));
    data.remove_prefix(piece);
  }
  return Ref::small_int(static_cast<std::int64_t>(value & 0xffffffffu));
}

bool hash_data_argument(runtime::Interpreter& interpreter, runtime::Value value, std::string_view& out) {
  if (runtime::byte_view(interpreter, value, out)) return true;
  interpreter.set_exception(interpreter.TypeError_type, runtime::is_str(interpreter, value)
                                                            ? "Strings must be encoded before hashing"
                                                            : "object supporting the buffer API required");
  return false;
}

}  // namespace krait::modules
