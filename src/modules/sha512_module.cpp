// Native modules: _sha512 (CPython's Modules/sha512module.c): SHA-512 and
// SHA-384 (FIPS 180-4) as the sha512 and sha384 types, with update, digest,
// hexdigest and copy. random.py seeds from str and bytes through it, and
// prefers it to the much heavier hashlib.
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "modules/module_support.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

constexpr std::uint64_t round_constants[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

constexpr std::array<std::uint64_t, 8> sha512_start = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                                       0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                                       0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
constexpr std::array<std::uint64_t, 8> sha384_start = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
                                                       0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
                                                       0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};

constexpr std::size_t block_size = 128;

std::uint64_t rotate_right(std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

// The running hash: the eight state words, the unprocessed tail of the
// input, and the input length.
struct Sha512State {
  std::array<std::uint64_t, 8> words{};
  unsigned char pending[block_size] = {};
  std::size_t pending_size = 0;
  std::uint64_t length = 0;  // bytes (inputs beyond 2**61 bytes are not a concern)

  void compress(const unsigned char* block) {
    std::uint64_t w[80];
    for (int i = 0; i < 16; ++i) {
      w[i] = 0;
      for (int j = 0; j < 8; ++j) w[i] = (w[i] << 8) | block[i * 8 + j];
    }
    for (int i = 16; i < 80; ++i) {
      const std::uint64_t s0 = rotate_right(w[i - 15], 1) ^ rotate_right(w[i - 15], 8) ^ (w[i - 15] >> 7);
      const std::uint64_t s1 = rotate_right(w[i - 2], 19) ^ rotate_right(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint64_t a = words[0], b = words[1], c = words[2], d = words[3], e = words[4], f = words[5], g = words[6],
                  h = words[7];
    for (int i = 0; i < 80; ++i) {
      const std::uint64_t t1 = h + (rotate_right(e, 14) ^ rotate_right(e, 18) ^ rotate_right(e, 41)) +
                               ((e & f) ^ (~e & g)) + round_constants[i] + w[i];
      const std::uint64_t t2 =
          (rotate_right(a, 28) ^ rotate_right(a, 34) ^ rotate_right(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    const std::uint64_t results[] = {a, b, c, d, e, f, g, h};
    for (int i = 0; i < 8; ++i) words[i] += results[i];
  }

  void update(std::string_view data) {
    length += data.size();
    auto input = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t size = data.size();
    if (pending_size > 0) {
      const std::size_t taken = std::min(size, block_size - pending_size);
      std::memcpy(pending + pending_size, input, taken);
      pending_size += taken;
      input += taken;
      size -= taken;
      if (pending_size < block_size) return;
      compress(pending);
      pending_size = 0;
    }
    for (; size >= block_size; input += block_size, size -= block_size) compress(input);
    std::memcpy(pending, input, size);
    pending_size = size;
  }

  // The digest of what was given so far (the state itself is unchanged).
  std::string digest(std::size_t size) const {
    Sha512State final = *this;
    const std::uint64_t bits = length * 8;
    unsigned char padding[2 * block_size] = {0x80};
    const std::size_t used = pending_size + 1 + 16;
    const std::size_t padded = used <= block_size ? block_size : 2 * block_size;
    const std::size_t fill = padded - pending_size;
    for (int i = 0; i < 8; ++i) padding[fill - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    final.update(std::string_view(reinterpret_cast<const char*>(padding), fill));
    std::string out(size, '\0');
    for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>(final.words[i / 8] >> (56 - 8 * (i % 8)));
    return out;
  }
};

struct ShaObject : runtime::Object {
  Sha512State state;
  std::size_t digest_size = 64;
};

ShaObject* as_sha(Value value) { return static_cast<ShaObject*>(value.as_object()); }


Ref new_sha(Interpreter& interpreter, Type* type) {
  auto* object = new ShaObject;
  runtime::set_object_type(object, type);
  const bool is_384 = type == interpreter.sha512_types.sha384;
  object->state.words = is_384 ? sha384_start : sha512_start;
  object->digest_size = is_384 ? 48 : 64;
  return Ref::steal(Value::object(object));
}

void sha_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<ShaObject*>(object); }

// sha512(string=b'', *, usedforsecurity=True), and sha384 alike.
template <bool is_384>
Ref sha_new(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  static const runtime::NativeSignature signature{is_384 ? "sha384" : "sha512", {"string", "usedforsecurity"}, 0, 1, 0};
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, bound)) return Ref();
  std::string_view data;
  if (!bound[0].is_null() && !hash_data_argument(interpreter, bound[0], data)) return Ref();
  Ref object = new_sha(interpreter, is_384 ? interpreter.sha512_types.sha384 : interpreter.sha512_types.sha512);
  as_sha(object.get())->state.update(data);
  return object;
}

std::string qualified(Value self, const char* method) {
  const std::string& name = self.as_object()->type->name;
  return name.substr(name.rfind('.') + 1) + "." + method;
}

Ref sha_update(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, qualified(self, "update"), count, kwnames)) return Ref();
  std::string_view data;
  if (!hash_data_argument(interpreter, arguments[0], data)) return Ref();
  as_sha(self)->state.update(data);
  return interpreter.new_none();
}

Ref sha_digest(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, qualified(self, "digest"), count, kwnames)) return Ref();
  return runtime::new_bytes(interpreter, as_sha(self)->state.digest(as_sha(self)->digest_size));
}

Ref sha_hexdigest(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, qualified(self, "hexdigest"), count, kwnames)) return Ref();
  static const char digits[] = "0123456789abcdef";
  std::string text;
  for (unsigned char byte : as_sha(self)->state.digest(as_sha(self)->digest_size)) {
    text += digits[byte >> 4];
    text += digits[byte & 15];
  }
  return runtime::new_str(interpreter, text);
}

Ref sha_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, qualified(self, "copy"), count, kwnames)) return Ref();
  Ref copy = new_sha(interpreter, self.as_object()->type);
  as_sha(copy.get())->state = as_sha(self)->state;
  return copy;
}

Ref sha_name(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, as_sha(self)->digest_size == 48 ? "sha384" : "sha512");
}
Ref sha_digest_size(Interpreter&, Value self) {
  return Ref::small_int(static_cast<std::int64_t>(as_sha(self)->digest_size));
}
Ref sha_block_size(Interpreter&, Value) { return Ref::small_int(block_size); }

Type* new_sha_type(Interpreter& interpreter, const char* name) {
  Type* type = runtime::new_native_type(interpreter, name, interpreter.object_type);
  type->deallocate = &sha_deallocate;
  runtime::add_methods(interpreter, type,
                       {{"update", &sha_update},
                        {"digest", &sha_digest},
                        {"hexdigest", &sha_hexdigest},
                        {"copy", &sha_copy}});
  runtime::add_getsets(interpreter, type,
                       {{"name", &sha_name}, {"digest_size", &sha_digest_size}, {"block_size", &sha_block_size}});
  runtime::ready_native_type(interpreter, type);
  return type;
}

}  // namespace

Ref create_sha512_module(Interpreter& interpreter) {
  auto& types = interpreter.sha512_types;
  if (!types.sha512) {
    types.sha512 = new_sha_type(interpreter, "_sha512.sha512");
    types.sha384 = new_sha_type(interpreter, "_sha512.sha384");
  }
  Ref module = runtime::new_module(interpreter, "_sha512");
  runtime::add_module_functions(interpreter, module.get(), {{"sha512", &sha_new<false>}, {"sha384", &sha_new<true>}});
  // Bound to the sha512 type, as in CPython 3.11.
  runtime::module_set(interpreter, module.get(), "SHA384Type", Value::object(types.sha512));
  return module;
}

}  // namespace krait::modules
