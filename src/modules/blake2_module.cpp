// Native modules: _blake2 (CPython's Modules/_blake2): the blake2b and
// blake2s hash types of RFC 7693 with every parameter of the BLAKE2
// parameter block (key, salt, person, tree hashing), which OpenSSL's
// BLAKE2 lacks: hashlib.py takes blake2b/blake2s from here, never from
// _hashlib. One implementation serves both, over 64-bit words (blake2b)
// or 32-bit words (blake2s).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "modules/module_support.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// The two variants: word type, rounds, rotations and sizes (RFC 7693 2.1).
struct Blake2b {
  using Word = std::uint64_t;
  static constexpr int rounds = 12;
  static constexpr int rotations[4] = {32, 24, 16, 63};
  static constexpr std::size_t block_size = 128, max_digest = 64, max_key = 64, salt_size = 16, person_size = 16;
  static constexpr std::uint64_t max_node_offset = UINT64_MAX;
  static constexpr Word iv[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
  static constexpr const char* name = "blake2b";
};

struct Blake2s {
  using Word = std::uint32_t;
  static constexpr int rounds = 10;
  static constexpr int rotations[4] = {16, 12, 8, 7};
  static constexpr std::size_t block_size = 64, max_digest = 32, max_key = 32, salt_size = 8, person_size = 8;
  static constexpr std::uint64_t max_node_offset = (std::uint64_t{1} << 48) - 1;
  static constexpr Word iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  static constexpr const char* name = "blake2s";
};

constexpr std::uint8_t sigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

template <class Word>
Word load_word(const unsigned char* bytes) {
  Word word = 0;
  for (std::size_t i = 0; i < sizeof(Word); ++i) word |= static_cast<Word>(bytes[i]) << (8 * i);
  return word;
}

// The running hash of one variant: state words, byte counter, the last
// block kept back (the final one is compressed differently), and the
// parameters that affect finishing.
template <class Variant>
struct Blake2State {
  using Word = typename Variant::Word;
  std::array<Word, 8> h{};
  Word counter[2] = {0, 0};
  unsigned char buffer[Variant::block_size] = {};
  std::size_t buffered = 0;
  std::size_t digest_size = Variant::max_digest;
  bool last_node = false;

  static Word rotate(Word x, int n) { return (x >> n) | (x << (sizeof(Word) * 8 - n)); }

  void compress(const unsigned char* block, bool final) {
    Word m[16], v[16];
    for (int i = 0; i < 16; ++i) m[i] = load_word<Word>(block + i * sizeof(Word));
    for (int i = 0; i < 8; ++i) {
      v[i] = h[i];
      v[i + 8] = Variant::iv[i];
    }
    v[12] ^= counter[0];
    v[13] ^= counter[1];
    if (final) {
      v[14] = ~v[14];
      if (last_node) v[15] = ~v[15];
    }
    const auto mix = [&](int a, int b, int c, int d, Word x, Word y) {
      v[a] = v[a] + v[b] + x;
      v[d] = rotate(v[d] ^ v[a], Variant::rotations[0]);
      v[c] = v[c] + v[d];
      v[b] = rotate(v[b] ^ v[c], Variant::rotations[1]);
      v[a] = v[a] + v[b] + y;
      v[d] = rotate(v[d] ^ v[a], Variant::rotations[2]);
      v[c] = v[c] + v[d];
      v[b] = rotate(v[b] ^ v[c], Variant::rotations[3]);
    };
    for (int round = 0; round < Variant::rounds; ++round) {
      const std::uint8_t* s = sigma[round];
      mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
      mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
      mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
      mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
      mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
      mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
      mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
      mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
  }

  void count(std::size_t bytes) {
    counter[0] += static_cast<Word>(bytes);
    if (counter[0] < static_cast<Word>(bytes)) ++counter[1];
  }

  void update(std::string_view data) {
    auto input = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t size = data.size();
    while (size > 0) {
      // A full buffer is compressed only once more input follows it.
      if (buffered == Variant::block_size) {
        count(Variant::block_size);
        compress(buffer, false);
        buffered = 0;
      }
      const std::size_t taken = std::min(size, Variant::block_size - buffered);
      std::memcpy(buffer + buffered, input, taken);
      buffered += taken;
      input += taken;
      size -= taken;
    }
  }

  std::string digest() const {
    Blake2State final = *this;
    final.count(final.buffered);
    std::memset(final.buffer + final.buffered, 0, Variant::block_size - final.buffered);
    final.compress(final.buffer, true);
    std::string out(digest_size, '\0');
    for (std::size_t i = 0; i < digest_size; ++i)
      out[i] = static_cast<char>(final.h[i / sizeof(Word)] >> (8 * (i % sizeof(Word))));
    return out;
  }
};

template <class Variant>
struct Blake2Object : runtime::Object {
  Blake2State<Variant> state;
};

template <class Variant>
Blake2Object<Variant>* as_blake2(Value value) {
  return static_cast<Blake2Object<Variant>*>(value.as_object());
}

template <class Variant>
Type*& variant_type(Interpreter& interpreter) {
  if constexpr (std::is_same_v<Variant, Blake2b>) return interpreter.hashlib.blake2b_type;
  return interpreter.hashlib.blake2s_type;
}


// An integer parameter; `fallback` when not given.
bool integer_parameter(Interpreter& interpreter, Value value, std::int64_t fallback, std::int64_t& out) {
  out = fallback;
  return value.is_null() || runtime::index_argument(interpreter, value, out);
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
//         fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
//         inner_size=0, last_node=False, usedforsecurity=True); blake2s alike.
template <class Variant>
Ref blake2_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                     Value kwnames) {
  Value bound[13];
  if (!runtime::bind_arguments(interpreter,
                               {Variant::name,
                                {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                                 "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
                                1, 12, 0},
                               arguments, count, kwnames, bound))
    return Ref();
  std::string_view data, key, salt, person;
  std::int64_t digest_size = 0, fanout = 0, depth = 0, node_depth = 0, inner_size = 0;
  if (!integer_parameter(interpreter, bound[1], Variant::max_digest, digest_size)) return Ref();
  if (digest_size < 1 || digest_size > static_cast<std::int64_t>(Variant::max_digest))
    return interpreter.raise(interpreter.ValueError_type,
                             "digest_size must be between 1 and " + std::to_string(Variant::max_digest) + " bytes");
  const auto bytes_parameter = [&](Value value, std::string_view& out) {
    return value.is_null() || runtime::require_byte_view(interpreter, value, out);
  };
  if (!bytes_parameter(bound[3], salt)) return Ref();
  if (salt.size() > Variant::salt_size)
    return interpreter.raise(interpreter.ValueError_type,
                             "maximum salt length is " + std::to_string(Variant::salt_size) + " bytes");
  if (!bytes_parameter(bound[4], person)) return Ref();
  if (person.size() > Variant::person_size)
    return interpreter.raise(interpreter.ValueError_type,
                             "maximum person length is " + std::to_string(Variant::person_size) + " bytes");
  if (!integer_parameter(interpreter, bound[5], 1, fanout)) return Ref();
  if (fanout < 0 || fanout > 255)
    return interpreter.raise(interpreter.ValueError_type, "fanout must be between 0 and 255");
  if (!integer_parameter(interpreter, bound[6], 1, depth)) return Ref();
  if (depth <= 0 || depth > 255)
    return interpreter.raise(interpreter.ValueError_type, "depth must be between 1 and 255");
  std::uint64_t leaf_size = 0, node_offset = 0;
  for (auto [value, out, limit, name] :
       {std::tuple{bound[7], &leaf_size, std::uint64_t{UINT32_MAX}, "leaf_size"},
        std::tuple{bound[8], &node_offset, Variant::max_node_offset, "node_offset"}}) {
    if (value.is_null()) continue;
    Ref integer = runtime::number_index(interpreter, value);
    if (!integer) return Ref();
    if (runtime::int_sign(interpreter, integer.get()) < 0)
      return interpreter.raise(interpreter.ValueError_type, "value must be positive");
    if (!runtime::int_to_uint64(interpreter, integer.get(), *out))
      return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C unsigned long");
    if (*out > limit) return interpreter.raise(interpreter.OverflowError_type, std::string(name) + " is too large");
  }
  if (!integer_parameter(interpreter, bound[9], 0, node_depth)) return Ref();
  if (node_depth < 0 || node_depth > 255)
    return interpreter.raise(interpreter.ValueError_type, "node_depth must be between 0 and 255");
  if (!integer_parameter(interpreter, bound[10], 0, inner_size)) return Ref();
  if (inner_size < 0 || inner_size > static_cast<std::int64_t>(Variant::max_digest))
    return interpreter.raise(interpreter.ValueError_type,
                             "inner_size must be between 0 and is " + std::to_string(Variant::max_digest));
  if (!bytes_parameter(bound[2], key)) return Ref();
  if (key.size() > Variant::max_key)
    return interpreter.raise(interpreter.ValueError_type,
                             "maximum key length is " + std::to_string(Variant::max_key) + " bytes");
  bool last_node = false;
  if (!bound[11].is_null()) {
    const int truth = runtime::truth(interpreter, bound[11]);
    if (truth < 0) return Ref();
    last_node = truth != 0;
  }
  if (!bound[0].is_null() && !hash_data_argument(interpreter, bound[0], data)) return Ref();

  // The parameter block (RFC 7693 2.5), little-endian.
  using Word = typename Variant::Word;
  unsigned char block[sizeof(Word) * 8] = {};
  block[0] = static_cast<unsigned char>(digest_size);
  block[1] = static_cast<unsigned char>(key.size());
  block[2] = static_cast<unsigned char>(fanout);
  block[3] = static_cast<unsigned char>(depth);
  for (int i = 0; i < 4; ++i) block[4 + i] = static_cast<unsigned char>(leaf_size >> (8 * i));
  const std::size_t offset_bytes = sizeof(Word) == 8 ? 8 : 6;
  for (std::size_t i = 0; i < offset_bytes; ++i) block[8 + i] = static_cast<unsigned char>(node_offset >> (8 * i));
  block[8 + offset_bytes] = static_cast<unsigned char>(node_depth);
  block[9 + offset_bytes] = static_cast<unsigned char>(inner_size);
  const std::size_t salt_at = sizeof(Word) * 4;
  std::memcpy(block + salt_at, salt.data(), salt.size());
  std::memcpy(block + salt_at + Variant::salt_size, person.data(), person.size());

  auto* object =
      runtime::gc_new<Blake2Object<Variant>>(interpreter, static_cast<Type*>(callee.as_object()));
  Ref result = Ref::steal(Value::object(object));
  auto& state = object->state;
  for (int i = 0; i < 8; ++i) state.h[i] = Variant::iv[i] ^ load_word<Word>(block + i * sizeof(Word));
  state.digest_size = static_cast<std::size_t>(digest_size);
  state.last_node = last_node;
  if (!key.empty()) {
    unsigned char padded[Variant::block_size] = {};
    std::memcpy(padded, key.data(), key.size());
    state.update(std::string_view(reinterpret_cast<const char*>(padded), Variant::block_size));
  }
  state.update(data);
  return result;
}

template <class Variant>
void blake2_traverse(runtime::Object*, const runtime::Visitor&) {}

template <class Variant>
void blake2_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<Blake2Object<Variant>*>(object));
}

template <class Variant>
Ref blake2_update(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "update", count, kwnames)) return Ref();
  std::string_view data;
  if (!hash_data_argument(interpreter, arguments[0], data)) return Ref();
  as_blake2<Variant>(self)->state.update(data);
  return interpreter.new_none();
}

template <class Variant, bool hex>
Ref blake2_digest(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, hex ? "hexdigest" : "digest", count, kwnames)) return Ref();
  const std::string digest = as_blake2<Variant>(self)->state.digest();
  if constexpr (hex) return runtime::new_str(interpreter, runtime::hex_text(digest, 0, 0));
  return runtime::new_bytes(interpreter, digest);
}

template <class Variant>
Ref blake2_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "copy", count, kwnames)) return Ref();
  auto* copy = runtime::gc_new<Blake2Object<Variant>>(interpreter, self.as_object()->type);
  copy->state = as_blake2<Variant>(self)->state;
  return Ref::steal(Value::object(copy));
}

template <class Variant>
Ref blake2_name(Interpreter& interpreter, Value) {
  return runtime::new_str(interpreter, Variant::name);
}
template <class Variant>
Ref blake2_digest_size(Interpreter&, Value self) {
  return Ref::small_int(static_cast<std::int64_t>(as_blake2<Variant>(self)->state.digest_size));
}
template <class Variant>
Ref blake2_block_size(Interpreter&, Value) {
  return Ref::small_int(Variant::block_size);
}

template <class Variant>
Type* make_type(Interpreter& interpreter) {
  Type* type = runtime::new_native_type(interpreter, std::string("_blake2.") + Variant::name, interpreter.object_type);
  type->construct = &blake2_construct<Variant>;
  type->traverse = &blake2_traverse<Variant>;
  type->deallocate = &blake2_deallocate<Variant>;
  runtime::add_methods(interpreter, type,
                       {{"update", &blake2_update<Variant>},
                        {"digest", &blake2_digest<Variant, false>},
                        {"hexdigest", &blake2_digest<Variant, true>},
                        {"copy", &blake2_copy<Variant>}});
  runtime::add_getsets(interpreter, type,
                       {{"name", &blake2_name<Variant>},
                        {"digest_size", &blake2_digest_size<Variant>},
                        {"block_size", &blake2_block_size<Variant>}});
  for (auto [name, value] : {std::pair{"SALT_SIZE", Variant::salt_size}, std::pair{"PERSON_SIZE", Variant::person_size},
                             std::pair{"MAX_KEY_SIZE", Variant::max_key},
                             std::pair{"MAX_DIGEST_SIZE", Variant::max_digest}})
    runtime::dict_set_str(interpreter, type->dict.get(), interpreter.intern(name),
                          Value::small_int(static_cast<std::int64_t>(value)));
  runtime::ready_native_type(interpreter, type);
  return type;
}

}  // namespace

Ref create_blake2_module(Interpreter& interpreter) {
  auto& state = interpreter.hashlib;
  if (!state.blake2b_type) {
    state.blake2b_type = make_type<Blake2b>(interpreter);
    state.blake2s_type = make_type<Blake2s>(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "_blake2");
  const Value blake2 = module.get();
  runtime::module_set(interpreter, blake2, "blake2b", Value::object(state.blake2b_type));
  runtime::module_set(interpreter, blake2, "blake2s", Value::object(state.blake2s_type));
  for (auto [name, value] :
       {std::pair{"BLAKE2B_SALT_SIZE", Blake2b::salt_size}, std::pair{"BLAKE2B_PERSON_SIZE", Blake2b::person_size},
        std::pair{"BLAKE2B_MAX_KEY_SIZE", Blake2b::max_key}, std::pair{"BLAKE2B_MAX_DIGEST_SIZE", Blake2b::max_digest},
        std::pair{"BLAKE2S_SALT_SIZE", Blake2s::salt_size}, std::pair{"BLAKE2S_PERSON_SIZE", Blake2s::person_size},
        std::pair{"BLAKE2S_MAX_KEY_SIZE", Blake2s::max_key}, std::pair{"BLAKE2S_MAX_DIGEST_SIZE", Blake2s::max_digest}})
    runtime::module_set(interpreter, blake2, name, Value::small_int(static_cast<std::int64_t>(value)));
  return module;
}

}  // namespace krait::modules
