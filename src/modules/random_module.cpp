// Native modules: _random (CPython 3.11's Modules/_randommodule.c): the
// Random type random.Random derives from, the Mersenne Twister MT19937
// seeded exactly as CPython seeds it (init_by_array over the 32-bit words
// of abs(int) or of hash(other)), so seeded programs see CPython's numbers.
#include <gmp.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// MT19937's parameters.
constexpr int state_size = 624;  // N
constexpr int shift_size = 397;  // M
constexpr std::uint32_t matrix_a = 0x9908b0dfU;
constexpr std::uint32_t upper_mask = 0x80000000U;
constexpr std::uint32_t lower_mask = 0x7fffffffU;

struct RandomObject : runtime::Object {
  std::uint32_t state[state_size] = {};
  int index = 0;
};

RandomObject* as_random(Value value) { return static_cast<RandomObject*>(value.as_object()); }

void init_genrand(RandomObject* random, std::uint32_t seed) {
  std::uint32_t* mt = random->state;
  mt[0] = seed;
  for (int i = 1; i < state_size; ++i)
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  random->index = state_size;
}

void init_by_array(RandomObject* random, const std::uint32_t* key, std::size_t key_length) {
  std::uint32_t* mt = random->state;
  init_genrand(random, 19650218U);
  std::size_t i = 1, j = 0;
  for (std::size_t k = std::max<std::size_t>(state_size, key_length); k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= state_size) {
      mt[0] = mt[state_size - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (std::size_t k = state_size - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= state_size) {
      mt[0] = mt[state_size - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;  // a nonzero initial array
}

std::uint32_t next_word(RandomObject* random) {
  std::uint32_t* mt = random->state;
  static constexpr std::uint32_t mag01[2] = {0, matrix_a};
  if (random->index >= state_size) {  // the next 624 words at once
    int k = 0;
    for (; k < state_size - shift_size; ++k) {
      const std::uint32_t y = (mt[k] & upper_mask) | (mt[k + 1] & lower_mask);
      mt[k] = mt[k + shift_size] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; k < state_size - 1; ++k) {
      const std::uint32_t y = (mt[k] & upper_mask) | (mt[k + 1] & lower_mask);
      mt[k] = mt[k + (shift_size - state_size)] ^ (y >> 1) ^ mag01[y & 1];
    }
    const std::uint32_t y = (mt[state_size - 1] & upper_mask) | (mt[0] & lower_mask);
    mt[state_size - 1] = mt[shift_size - 1] ^ (y >> 1) ^ mag01[y & 1];
    random->index = 0;
  }
  std::uint32_t y = mt[random->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

// seed(None): the system's entropy, else the time and the process id.
void seed_from_system(RandomObject* random) {
  std::uint32_t key[state_size];
  std::size_t filled = 0;
  auto* bytes = reinterpret_cast<char*>(key);
  while (filled < sizeof key) {
    const ssize_t got = getrandom(bytes + filled, sizeof key - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      break;
    }
    filled += static_cast<std::size_t>(got);
  }
  if (filled == sizeof key) return init_by_array(random, key, state_size);
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  const std::uint32_t fallback[] = {static_cast<std::uint32_t>(now.tv_sec), static_cast<std::uint32_t>(now.tv_nsec),
                                    static_cast<std::uint32_t>(getpid())};
  init_by_array(random, fallback, 3);
}

// The seed's 32-bit words, least significant first: of abs(n) for an int,
// of hash(n) as an unsigned word for anything else.
bool seed_words(Interpreter& interpreter, Value seed, std::vector<std::uint32_t>& words) {
  mpz_t magnitude;
  mpz_init(magnitude);
  if (runtime::is_int(interpreter, seed)) {
    if (seed.is_small_int()) {
      const std::int64_t small = seed.as_small_int();
      mpz_set_ui(magnitude, static_cast<unsigned long>(small < 0 ? -small : small));
    } else {
      Ref exact = runtime::int_exact(interpreter, seed);
      const Value value = exact.get();
      if (value.is_small_int()) {
        const std::int64_t small = value.as_small_int();
        mpz_set_ui(magnitude, static_cast<unsigned long>(small < 0 ? -small : small));
      } else {
        mpz_abs(magnitude, static_cast<runtime::IntObject*>(value.as_object())->value);
      }
    }
  } else {
    const std::int64_t hash = runtime::hash(interpreter, seed);
    if (hash == -1 && interpreter.has_exception()) {
      mpz_clear(magnitude);
      return false;
    }
    mpz_set_ui(magnitude, static_cast<unsigned long>(static_cast<std::uint64_t>(hash)));
  }
  const std::size_t bits = mpz_sgn(magnitude) == 0 ? 0 : mpz_sizeinbase(magnitude, 2);
  const std::size_t count = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  words.assign(count, 0);
  std::size_t written = 0;
  mpz_export(words.data(), &written, -1, sizeof(std::uint32_t), 0, 0, magnitude);
  mpz_clear(magnitude);
  return true;
}

bool seed_random(Interpreter& interpreter, RandomObject* random, Value seed) {
  if (seed.is_null() || seed == interpreter.none()) {
    seed_from_system(random);
    return true;
  }
  std::vector<std::uint32_t> words;
  if (!seed_words(interpreter, seed, words)) return false;
  init_by_array(random, words.data(), words.size());
  return true;
}

Ref random_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  RandomObject* random = runtime::gc_new<RandomObject>(interpreter, static_cast<Type*>(callee.as_object()));
  return Ref::steal(Value::object(random));
}

void random_traverse(runtime::Object*, const runtime::Visitor&) {}

void random_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<RandomObject*>(object));
}

// Random(seed=None): keywords are refused unless a subclass's __init__ is in charge.
Ref random_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                      Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "Random", kwnames)) return Ref();
  if (count > 1) return interpreter.raise(interpreter.TypeError_type, "Random() requires 0 or 1 argument");
  if (!seed_random(interpreter, as_random(self), count == 1 ? arguments[0] : Value())) return Ref();
  return interpreter.new_none();
}

#define KRAIT_RANDOM_METHOD(function) \
  Ref function(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

// random(): 53 random bits as a float in [0, 1).
KRAIT_RANDOM_METHOD(random_random) {
  if (!runtime::check_no_arguments(interpreter, "Random.random", count, kwnames)) return Ref();
  RandomObject* random = as_random(self);
  const std::uint32_t a = next_word(random) >> 5, b = next_word(random) >> 6;
  return runtime::new_float(interpreter, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

KRAIT_RANDOM_METHOD(random_seed) {
  if (!runtime::reject_keywords(interpreter, "Random.seed", kwnames) ||
      !runtime::check_argument_count(interpreter, "seed", count, 0, 1) ||
      !seed_random(interpreter, as_random(self), count == 1 ? arguments[0] : Value()))
    return Ref();
  return interpreter.new_none();
}

// getstate(): the 624 state words and the position, as a tuple.
KRAIT_RANDOM_METHOD(random_getstate) {
  if (!runtime::check_no_arguments(interpreter, "Random.getstate", count, kwnames)) return Ref();
  const RandomObject* random = as_random(self);
  std::vector<Value> items;
  items.reserve(state_size + 1);
  for (std::uint32_t word : random->state) items.push_back(Value::small_int(word));
  items.push_back(Value::small_int(random->index));
  return runtime::new_tuple(interpreter, items);
}

// An unsigned long from an int (PyLong_AsUnsignedLong): TypeError for a
// non-int, OverflowError for a negative or too large one.
bool unsigned_long(Interpreter& interpreter, Value value, std::uint64_t& out) {
  if (!runtime::is_int(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, "an integer is required");
    return false;
  }
  if (runtime::int_sign(interpreter, value) < 0) {
    interpreter.set_exception(interpreter.OverflowError_type, "can't convert negative value to unsigned int");
    return false;
  }
  if (runtime::int_to_uint64(interpreter, value, out)) return true;
  interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C unsigned long");
  return false;
}

KRAIT_RANDOM_METHOD(random_setstate) {
  if (!runtime::check_one_argument(interpreter, "Random.setstate", count, kwnames)) return Ref();
  const Value state = arguments[0];
  if (!runtime::is_tuple(interpreter, state))
    return interpreter.raise(interpreter.TypeError_type, "state vector must be a tuple");
  const runtime::TupleObject* tuple = runtime::as_tuple(state);
  if (tuple->size != state_size + 1)
    return interpreter.raise(interpreter.ValueError_type, "state vector is the wrong size");
  std::uint32_t words[state_size];
  for (int i = 0; i < state_size; ++i) {
    std::uint64_t word = 0;
    if (!unsigned_long(interpreter, tuple->items()[i], word)) return Ref();
    words[i] = static_cast<std::uint32_t>(word);
  }
  std::int64_t index = 0;
  if (!runtime::index_argument(interpreter, tuple->items()[state_size], index)) return Ref();
  if (index < 0 || index > state_size) return interpreter.raise(interpreter.ValueError_type, "invalid state");
  RandomObject* random = as_random(self);
  std::copy(words, words + state_size, random->state);
  random->index = static_cast<int>(index);
  return interpreter.new_none();
}

// getrandbits(k): an int of k random bits, filled 32 bits at a time from
// the least significant end.
KRAIT_RANDOM_METHOD(random_getrandbits) {
  int bits = 0;
  if (!runtime::check_one_argument(interpreter, "Random.getrandbits", count, kwnames) ||
      !runtime::index_to_c_int(interpreter, arguments[0], bits))
    return Ref();
  if (bits < 0) return interpreter.raise(interpreter.ValueError_type, "number of bits must be non-negative");
  RandomObject* random = as_random(self);
  if (bits == 0) return Ref::small_int(0);
  if (bits <= 32) return Ref::small_int(next_word(random) >> (32 - bits));
  const std::size_t words = static_cast<std::size_t>(bits - 1) / 32 + 1;
  std::vector<std::uint32_t> array(words);
  int remaining = bits;
  for (std::size_t i = 0; i < words; ++i, remaining -= 32) {
    std::uint32_t word = next_word(random);
    if (remaining < 32) word >>= 32 - remaining;
    array[i] = word;
  }
  mpz_t value;
  mpz_init(value);
  mpz_import(value, words, -1, sizeof(std::uint32_t), 0, 0, array.data());
  Ref result = runtime::new_int(interpreter, value);
  mpz_clear(value);
  return result;
}

}  // namespace

Ref create_random_module(Interpreter& interpreter) {
  if (!interpreter.random_types.random) {
    Type* type = runtime::new_native_type(interpreter, "_random.Random", interpreter.object_type);
    type->subclassable = true;
    type->construct = &random_construct;
    type->initialize = &random_initialize;
    type->traverse = &random_traverse;
    type->deallocate = &random_deallocate;
    runtime::add_methods(interpreter, type,
                         {{"random", &random_random},
                          {"seed", &random_seed},
                          {"getstate", &random_getstate},
                          {"setstate", &random_setstate},
                          {"getrandbits", &random_getrandbits}});
    // A heap type in CPython, whose namespace holds __module__.
    runtime::dict_set_str(interpreter, type->dict.get(), interpreter.names.dunder_module, interpreter.intern("_random"));
    runtime::ready_native_type(interpreter, type);
    interpreter.random_types.random = type;
  }
  Ref module = runtime::new_module(interpreter, "_random");
  runtime::module_set(interpreter, module.get(), "Random", Value::object(interpreter.random_types.random));
  return module;
}

}  // namespace krait::modules
