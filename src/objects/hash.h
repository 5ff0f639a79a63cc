// Objects: CPython 3.11's hash functions (Python/pyhash.c and the hashes of
// the built-in types that are not one line), so that hash() values, and
// with them set iteration order, are CPython's: SipHash-1-3 over a str's
// or bytes' buffer keyed per interpreter from PYTHONHASHSEED, the numeric
// hash of floats, pointer hashes, xxHash-style tuple hashes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// The key of the str/bytes hash (CPython's _Py_HashSecret.siphash).
struct HashSecret {
  std::uint64_t k0 = 0;
  std::uint64_t k1 = 0;
};

// PYTHONHASHSEED as CPython reads it: unset, empty or "random" is nullopt
// (a random key); otherwise a decimal integer in [0; 4294967295]. False when
// the text is neither ("PYTHONHASHSEED must be ...").
bool parse_hash_seed(const char* text, std::optional<std::uint32_t>& seed);
// The key for a seed: 0 disables randomisation (the key is zero); another
// seed fills the key with CPython's LCG (lcg_urandom); none draws it from
// the system's random source.
HashSecret make_hash_secret(std::optional<std::uint32_t> seed);
// The key PYTHONHASHSEED asks for (random when the variable is invalid: the
// command line refuses that case before creating an interpreter).
HashSecret hash_secret_from_environment();

// Python's modulus for numeric hashes: the Mersenne prime 2^61 - 1.
constexpr std::int64_t hash_modulus = (std::int64_t{1} << 61) - 1;
constexpr std::int64_t hash_infinity = 314159;

// _Py_HashBytes: SipHash-1-3 of the bytes; 0 for no bytes; never -1.
std::int64_t hash_bytes(const HashSecret& secret, const void* data, std::size_t size);
// _Py_HashDouble: equal to the hash of an equal int; a NaN hashes as the
// object holding it (`object`), as CPython 3.10+ does.
std::int64_t hash_double(double value, const void* object);
// _Py_HashPointer: the address rotated right by 4 bits; never -1.
std::int64_t hash_pointer(const void* pointer);
// The hash of an int that fits 64 bits (CPython's long_hash).
inline std::int64_t hash_int64(std::int64_t value) {
  std::int64_t result = value % hash_modulus;  // keeps the sign, as long_hash
  return result == -1 ? -2 : result;
}

// hash(value), with the common keys (small ints, exact strs) inline: what
// dicts and sets call. -1 with an exception pending.
std::int64_t hash_value(Interpreter& interpreter, Value value);

// Whether hashing the value, and comparing it with another such value, runs
// no Python code: ints, floats, strs, bools and None of exactly those types.
bool has_native_equality(const Interpreter& interpreter, Value value);

// The hash of a tuple of these items (CPython 3.11's tuplehash, after
// xxHash): -1 with an exception pending when an item is unhashable.
std::int64_t hash_tuple_items(Interpreter& interpreter, const Value* items, std::size_t count);

// The hash slot of types whose instances are mutable (list, dict, set):
// TypeError "unhashable type: 'list'" (CPython's PyObject_HashNotImplemented).
std::int64_t hash_not_implemented(Interpreter& interpreter, Value self);
// object.__hash__: the instance's address.
std::int64_t hash_identity(Interpreter& interpreter, Value self);

}  // namespace krait::runtime
