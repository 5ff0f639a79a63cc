// Objects: CPython 3.11's hash functions (see hash.h).
#include "objects/hash.h"

#include <sys/random.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Python/bootstrap_hash.c: the key is a 24-byte union, of which SipHash uses
// the first 16 bytes; a seed fills all 24 with this LCG.
constexpr std::size_t secret_size = 24;

void lcg_urandom(std::uint32_t seed, unsigned char* buffer, std::size_t size) {
  std::uint32_t x = seed;
  for (std::size_t index = 0; index < size; ++index) {
    x = x * 214013 + 2531011;
    buffer[index] = static_cast<unsigned char>((x >> 16) & 0xff);
  }
}

std::uint64_t load_le64(const unsigned char* bytes) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | bytes[i];
  return value;
}

constexpr std::uint64_t rotate_left(std::uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }

struct SipState {
  std::uint64_t v0, v1, v2, v3;
  void round() {
    v0 += v1;
    v2 += v3;
    v1 = rotate_left(v1, 13) ^ v0;
    v3 = rotate_left(v3, 16) ^ v2;
    v0 = rotate_left(v0, 32);
    v2 += v1;
    v0 += v3;
    v1 = rotate_left(v1, 17) ^ v2;
    v3 = rotate_left(v3, 21) ^ v0;
    v2 = rotate_left(v2, 32);
  }
};

// Python/pyhash.c's siphash13: one compression round per 8-byte word, three
// finalisation rounds, and CPython's final xor of all four lanes.
std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const unsigned char* in, std::size_t size) {
  SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
             k1 ^ 0x7465646279746573ULL};
  std::uint64_t last = static_cast<std::uint64_t>(size) << 56;
  for (; size >= 8; in += 8, size -= 8) {
    const std::uint64_t word = load_le64(in);
    s.v3 ^= word;
    s.round();
    s.v0 ^= word;
  }
  for (std::size_t i = 0; i < size; ++i) last |= static_cast<std::uint64_t>(in[i]) << (8 * i);
  s.v3 ^= last;
  s.round();
  s.v0 ^= last;
  s.v2 ^= 0xff;
  s.round();
  s.round();
  s.round();
  return (s.v0 ^ s.v1) ^ (s.v2 ^ s.v3);
}

}  // namespace

bool parse_hash_seed(const char* text, std::optional<std::uint32_t>& seed) {
  seed.reset();
  // CPython reads an empty variable as unset.
  if (!text || !*text || std::strcmp(text, "random") == 0) return true;
  char* end = nullptr;
  errno = 0;
  const unsigned long long value = std::strtoull(text, &end, 10);
  if (*end != '\0' || errno == ERANGE || value > 4294967295ULL) return false;
  seed = static_cast<std::uint32_t>(value);
  return true;
}

HashSecret make_hash_secret(std::optional<std::uint32_t> seed) {
  unsigned char bytes[secret_size] = {};
  // The kernel's random bytes, as CPython's (std::random_device, only if
  // getrandom fails, costs a CPUID probe that traps in a virtual machine).
  if (!seed && ::getrandom(bytes, secret_size, 0) != static_cast<ssize_t>(secret_size)) {
    std::random_device source;
    for (std::size_t i = 0; i < secret_size; i += 4) {
      const std::uint32_t word = source();
      std::memcpy(bytes + i, &word, 4);
    }
  } else if (seed && *seed != 0) {
    lcg_urandom(*seed, bytes, secret_size);
  }
  return {load_le64(bytes), load_le64(bytes + 8)};
}

HashSecret hash_secret_from_environment() {
  std::optional<std::uint32_t> seed;
  if (!parse_hash_seed(std::getenv("PYTHONHASHSEED"), seed)) seed.reset();
  return make_hash_secret(seed);
}

std::int64_t hash_bytes(const HashSecret& secret, const void* data, std::size_t size) {
  if (size == 0) return 0;
  const auto result =
      static_cast<std::int64_t>(siphash13(secret.k0, secret.k1, static_cast<const unsigned char*>(data), size));
  return result == -1 ? -2 : result;
}

std::int64_t hash_double(double value, const void* object) {
  if (!std::isfinite(value)) {
    if (std::isinf(value)) return value > 0 ? hash_infinity : -hash_infinity;
    return hash_pointer(object);
  }
  constexpr int bits = 61;
  const auto modulus = static_cast<std::uint64_t>(hash_modulus);
  int exponent = 0;
  double mantissa = std::frexp(value, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  // 28 bits of the mantissa at a time, reduced modulo 2^61 - 1 (where
  // multiplying by 2^k is a rotation of the 61 bits).
  std::uint64_t x = 0;
  while (mantissa != 0.0) {
    x = ((x << 28) & modulus) | x >> (bits - 28);
    mantissa *= 268435456.0;  // 2^28
    exponent -= 28;
    const auto integral = static_cast<std::uint64_t>(mantissa);
    mantissa -= static_cast<double>(integral);
    x += integral;
    if (x >= modulus) x -= modulus;
  }
  exponent = exponent >= 0 ? exponent % bits : bits - 1 - ((-1 - exponent) % bits);
  x = ((x << exponent) & modulus) | x >> (bits - exponent);
  x = x * static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
  const auto result = static_cast<std::int64_t>(x);
  return result == -1 ? -2 : result;
}

std::int64_t hash_pointer(const void* pointer) {
  const auto address = reinterpret_cast<std::uintptr_t>(pointer);
  const auto result = static_cast<std::int64_t>((address >> 4) | (address << (8 * sizeof(address) - 4)));
  return result == -1 ? -2 : result;
}

bool has_native_equality(const Interpreter& interpreter, Value value) {
  if (value.is_small_int()) return true;
  const Type* type = value.as_object()->type;
  return type == interpreter.str_type || type == interpreter.int_type || type == interpreter.float_type ||
         type == interpreter.bool_type || type == interpreter.none_type;
}

std::int64_t hash_value(Interpreter& interpreter, Value value) {
  if (value.is_small_int()) return hash_int64(value.as_small_int());
  if (value.as_object()->type == interpreter.str_type) return str_hash(value);
  return hash(interpreter, value);
}

std::int64_t hash_tuple_items(Interpreter& interpreter, const Value* items, std::size_t count) {
  constexpr std::uint64_t prime1 = 11400714785074694791ULL;
  constexpr std::uint64_t prime2 = 14029467366897019727ULL;
  constexpr std::uint64_t prime5 = 2870177450012600261ULL;
  std::uint64_t accumulator = prime5;
  for (std::size_t i = 0; i < count; ++i) {
    const std::int64_t lane = hash_value(interpreter, items[i]);
    if (lane == -1) return -1;
    accumulator += static_cast<std::uint64_t>(lane) * prime2;
    accumulator = rotate_left(accumulator, 31);
    accumulator *= prime1;
  }
  // The length, mangled to keep the historical value of hash(()).
  accumulator += count ^ (prime5 ^ 3527539UL);
  if (accumulator == static_cast<std::uint64_t>(-1)) return 1546275796;
  return static_cast<std::int64_t>(accumulator);
}

std::int64_t hash_not_implemented(Interpreter& interpreter, Value self) {
  interpreter.set_exception(interpreter.TypeError_type, "unhashable type: " + quoted_type_name(interpreter, self));
  return -1;
}

std::int64_t hash_identity(Interpreter&, Value self) { return hash_pointer(self.as_object()); }

}  // namespace krait::runtime
