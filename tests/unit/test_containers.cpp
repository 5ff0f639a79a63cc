// Unit tests: CPython 3.11's hashes (SipHash-1-3 keyed from PYTHONHASHSEED,
// floats, tuples, frozensets) and the dict and set types, with expected
// values printed by python3 under PYTHONHASHSEED=0 (set iteration order
// included).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// "k" + std::to_string(i) trips GCC 12's -Wrestrict (a false positive).
std::string numbered(const char* prefix, int number) {
  std::string name = prefix;
  name += std::to_string(number);
  return name;
}

std::int64_t str_hash_with_seed(std::uint32_t seed, std::string_view text) {
  // The test strings are ASCII or Latin-1 free, so UTF-8 bytes are the
  // 1-byte-wide buffer CPython hashes.
  return hash_bytes(make_hash_secret(seed), text.data(), text.size());
}

TEST(Hash, ParsesPythonHashSeedAsCPython) {
  std::optional<std::uint32_t> seed;
  EXPECT_TRUE(parse_hash_seed(nullptr, seed));
  EXPECT_FALSE(seed);
  EXPECT_TRUE(parse_hash_seed("", seed));
  EXPECT_FALSE(seed);
  EXPECT_TRUE(parse_hash_seed("random", seed));
  EXPECT_FALSE(seed);
  EXPECT_TRUE(parse_hash_seed("4294967295", seed));
  EXPECT_EQ(seed, 4294967295u);
  EXPECT_TRUE(parse_hash_seed(" 5", seed));  // strtoul skips leading blanks
  EXPECT_EQ(seed, 5u);
  EXPECT_FALSE(parse_hash_seed("4294967296", seed));
  EXPECT_FALSE(parse_hash_seed("x", seed));
  EXPECT_FALSE(parse_hash_seed("5 ", seed));
  EXPECT_FALSE(parse_hash_seed("-1", seed));
}

TEST(Hash, SipHashKeyedFromSeedsMatchesCPython) {
  // PYTHONHASHSEED=N python3 -c 'print(hash("abc"), hash("abcdefghijklmnopq"))'
  EXPECT_EQ(str_hash_with_seed(0, "abc"), -4594863902769663758);
  EXPECT_EQ(str_hash_with_seed(0, "abcdefghijklmnopq"), 7044894726457044172);
  EXPECT_EQ(str_hash_with_seed(1, "abc"), -4667308735975688587);
  EXPECT_EQ(str_hash_with_seed(1, "abcdefghijklmnopq"), 7300304297962845018);
  EXPECT_EQ(str_hash_with_seed(12345, "abc"), 2962436275791859092);
  EXPECT_EQ(str_hash_with_seed(4294967295u, "abc"), -6122489556238538401);
  EXPECT_EQ(str_hash_with_seed(4294967295u, "a"), -5989683813037840249);
  EXPECT_EQ(str_hash_with_seed(7, ""), 0);
}

TEST(Hash, RandomKeysDiffer) {
  const HashSecret a = make_hash_secret(std::nullopt), b = make_hash_secret(std::nullopt);
  EXPECT_TRUE(a.k0 != b.k0 || a.k1 != b.k1);
}

TEST(Hash, FloatsAsCPython) {
  int object = 0;
  EXPECT_EQ(hash_double(1.5, &object), 1152921504606846977);
  EXPECT_EQ(hash_double(-0.1, &object), -230584300921369408);
  EXPECT_EQ(hash_double(1e300, &object), 1224995262755759164);
  EXPECT_EQ(hash_double(1e-300, &object), 482449582752280463);
  EXPECT_EQ(hash_double(1180591620717411303424.0, &object), 512);  // 2.0**70, as hash(2**70)
  EXPECT_EQ(hash_double(-1.0, &object), -2);
  EXPECT_EQ(hash_double(0.0, &object), 0);
  EXPECT_EQ(hash_double(1.0 / 0.0, &object), 314159);
  EXPECT_EQ(hash_double(-1.0 / 0.0, &object), -314159);
  // A NaN hashes by identity.
  EXPECT_EQ(hash_double(std::nan(""), &object), hash_pointer(&object));
}

TEST(Hash, PointersRotateByFour) {
  EXPECT_EQ(hash_pointer(reinterpret_cast<void*>(0x7f0012345670)), 0x7f001234567);
  EXPECT_EQ(hash_pointer(reinterpret_cast<void*>(0x10)), 1);
  EXPECT_EQ(hash_pointer(reinterpret_cast<void*>(0x18)), static_cast<std::int64_t>(0x8000000000000001ULL));
}

class ContainerTest : public ::testing::Test {
 protected:
  // Set before the interpreter reads it.
  struct SeedZero {
    SeedZero() { setenv("PYTHONHASHSEED", "0", 1); }
  } seed_zero;
  Interpreter interpreter;

  Ref str(std::string_view text) { return new_str(interpreter, text); }
  Ref integer(std::int64_t value) { return new_int(interpreter, value); }
  Ref tuple(std::initializer_list<Value> items) { return new_tuple(interpreter, std::vector<Value>(items)); }

  std::string text(Value value) {
    Ref shown = repr(interpreter, value);
    return shown ? std::string(str_utf8(shown.get())) : error();
  }
  std::string text(const Ref& value) { return value ? text(value.get()) : error(); }

  // The pending exception as "TypeError: message" (and clears it).
  std::string error() {
    if (!interpreter.has_exception()) return "<no exception>";
    Ref exception = interpreter.take_exception();
    Ref message = runtime::str(interpreter, exception.get());
    return type_of(interpreter, exception.get())->name + ": " + std::string(str_utf8(message.get()));
  }

  // self.name(*arguments), through the method descriptor in the type.
  Ref method(Value self, const char* name, std::initializer_list<Value> arguments = {}) {
    const Value descriptor = type_lookup(type_of(interpreter, self), interpreter.intern(name));
    EXPECT_FALSE(descriptor.is_null()) << name;
    std::vector<Value> all{self};
    all.insert(all.end(), arguments.begin(), arguments.end());
    return call(interpreter, descriptor, all.data(), all.size());
  }
  Ref builtin(const char* name, std::initializer_list<Value> arguments = {}) {
    const Value callee = dict_get_str(interpreter.builtins(), interpreter.intern(name));
    EXPECT_FALSE(callee.is_null()) << name;
    std::vector<Value> all(arguments);
    return call(interpreter, callee, all.data(), all.size());
  }
  Ref binary(BinaryOperator op, Value left, Value right, bool in_place = false) {
    return binary_operation(interpreter, op, left, right, in_place);
  }
  std::int64_t hash_of(Value value) { return hash(interpreter, value); }

  // A set built by adding "k<i>" for each i, in order.
  Ref key_set(int begin, int end) {
    Ref set = new_set(interpreter);
    for (int i = begin; i < end; ++i) {
      Ref key = str(numbered("k", i));
      EXPECT_TRUE(set_add(interpreter, set.get(), key.get()));
    }
    return set;
  }
  Ref list_of(std::initializer_list<const char*> words) {
    Ref list = new_list(interpreter, {});
    for (const char* word : words) {
      Ref item = str(word);
      list_append(list.get(), item.get());
    }
    return list;
  }
  // The items of an iterable, through the iterator protocol.
  std::vector<Ref> items(Value iterable) {
    std::vector<Ref> out;
    Ref iterator = get_iterator(interpreter, iterable);
    while (Ref item = iterator_next(interpreter, iterator.get())) out.push_back(std::move(item));
    return out;
  }
};

TEST_F(ContainerTest, StrHashesUseTheInterpreterKey) {
  // PYTHONHASHSEED=0 python3 -c 'print(hash("abc"), hash("héllo"), hash("日本"), hash("😀x"))'
  EXPECT_EQ(hash_of(str("abc").get()), -4594863902769663758);
  EXPECT_EQ(hash_of(str("").get()), 0);
  EXPECT_EQ(hash_of(str("a").get()), 4644417185603328019);
  EXPECT_EQ(hash_of(str("h\xc3\xa9llo").get()), 6395329678795984700);                // 1 byte per code point
  EXPECT_EQ(hash_of(str("\xe6\x97\xa5\xe6\x9c\xac").get()), 6243316497235261705);   // 2 bytes
  EXPECT_EQ(hash_of(str("\xf0\x9f\x98\x80x").get()), -8926728262118538918);          // 4 bytes
}

TEST_F(ContainerTest, NumbersTuplesAndSingletonsHashAsCPython) {
  EXPECT_EQ(hash_of(Value::small_int(-1)), -2);
  EXPECT_EQ(hash_of(integer(hash_modulus).get()), 0);
  EXPECT_EQ(hash_of(integer(hash_modulus + 1).get()), 1);
  EXPECT_EQ(hash_of(integer(-(std::int64_t{1} << 62)).get()), -2);
  EXPECT_EQ(hash_of(interpreter.boolean(true)), 1);
  EXPECT_EQ(hash_of(new_float(interpreter, 1.5).get()), 1152921504606846977);
  EXPECT_EQ(hash_of(tuple({}).get()), 5740354900026072187);
  EXPECT_EQ(hash_of(tuple({Value::small_int(1), Value::small_int(2)}).get()), -3550055125485641917);
  Ref empty = str("");
  Ref inner = tuple({Value::small_int(2), Value::small_int(3)});
  EXPECT_EQ(hash_of(tuple({Value::small_int(1), inner.get(), empty.get()}).get()), -3076901985577486054);
  EXPECT_EQ(hash_of(interpreter.none()), hash_pointer(interpreter.none().as_object()));
  EXPECT_EQ(hash_of(new_frozenset(interpreter, Value()).get()), 133146708735736);
  Ref numbers = new_list(interpreter, {});
  for (int i = 1; i <= 3; ++i) list_append(numbers.get(), Value::small_int(i));
  EXPECT_EQ(hash_of(new_frozenset(interpreter, numbers.get()).get()), -272375401224217160);
}

TEST_F(ContainerTest, MutableContainersAreUnhashable) {
  Ref list = new_list(interpreter, {});
  EXPECT_EQ(hash_of(list.get()), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(hash_of(new_dict(interpreter).get()), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'dict'");
  EXPECT_EQ(hash_of(new_set(interpreter).get()), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'set'");
  Ref with_list = tuple({Value::small_int(1), list.get()});
  EXPECT_EQ(hash_of(with_list.get()), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
  Ref set = new_set(interpreter);
  EXPECT_FALSE(set_add(interpreter, set.get(), list.get()));
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
}

// Expected reprs: /tmp-style reference script run by python3 with
// PYTHONHASHSEED=0 (see each comment for the Python statement).
TEST_F(ContainerTest, SetsIterateInCPythonOrder) {
  Ref words = new_set(interpreter);
  for (const char* word : {"abc", "b", "cd", "e", "f"}) {
    Ref item = str(word);
    ASSERT_TRUE(set_add(interpreter, words.get(), item.get()));
  }
  EXPECT_EQ(text(words), "{'f', 'cd', 'b', 'abc', 'e'}");
  Ref numbers = new_set(interpreter);
  for (int i : {3, 1, 2}) ASSERT_TRUE(set_add(interpreter, numbers.get(), Value::small_int(i)));
  EXPECT_EQ(text(numbers), "{1, 2, 3}");
  // s = set(range(20)); discard the evens; add 100..110
  Ref mixed = builtin("set", {builtin("range", {Value::small_int(20)}).get()});
  for (int i = 0; i < 20; i += 2) ASSERT_EQ(set_discard(interpreter, mixed.get(), Value::small_int(i)), 1);
  for (int i = 100; i <= 110; ++i) ASSERT_TRUE(set_add(interpreter, mixed.get(), Value::small_int(i)));
  EXPECT_EQ(text(mixed),
            "{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110}");
}

TEST_F(ContainerTest, SetRemovalsAndPopsFollowCPython) {
  Ref set = key_set(0, 50);
  for (int i = 0; i < 50; i += 3) {
    Ref key = str(numbered("k", i));
    ASSERT_TRUE(method(set.get(), "remove", {key.get()}));
  }
  EXPECT_EQ(text(set),
            "{'k1', 'k28', 'k25', 'k37', 'k8', 'k14', 'k7', 'k29', 'k49', 'k35', 'k43', 'k31', 'k10', 'k40', 'k5', "
            "'k20', 'k38', 'k46', 'k41', 'k19', 'k22', 'k17', 'k16', 'k47', 'k11', 'k23', 'k2', 'k26', 'k32', 'k13', "
            "'k4', 'k44', 'k34'}");
  std::string popped;
  for (int i = 0; i < 5; ++i) popped += text(method(set.get(), "pop")) + " ";
  EXPECT_EQ(popped, "'k1' 'k28' 'k25' 'k37' 'k8' ");
  EXPECT_EQ(text(set),
            "{'k14', 'k7', 'k29', 'k49', 'k35', 'k43', 'k31', 'k10', 'k40', 'k5', 'k20', 'k38', 'k46', 'k41', 'k19', "
            "'k22', 'k17', 'k16', 'k47', 'k11', 'k23', 'k2', 'k26', 'k32', 'k13', 'k4', 'k44', 'k34'}");
  // big = {str(i * 7) for i in range(1000)} built by add, then the even i discarded.
  Ref big = new_set(interpreter);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(set_add(interpreter, big.get(), str(std::to_string(i * 7)).get()));
  for (int i = 0; i < 1000; i += 2)
    ASSERT_EQ(set_discard(interpreter, big.get(), str(std::to_string(i * 7)).get()), 1);
  std::vector<Ref> first = items(big.get());
  std::string prefix;
  for (std::size_t i = 0; i < 12; ++i) prefix += text(first[i]) + " ";
  EXPECT_EQ(prefix, "'2079' '5677' '91' '2149' '133' '2555' '399' '4501' '2387' '6041' '2485' '4277' ");
  EXPECT_EQ(first.size(), 500u);
}

TEST_F(ContainerTest, SetOperatorsBuildResultsInCPythonOrder) {
  Ref a = key_set(0, 12), b = key_set(6, 20);
  EXPECT_EQ(text(binary(BinaryOperator::OR, a.get(), b.get())),
            "{'k1', 'k19', 'k17', 'k6', 'k16', 'k8', 'k7', 'k14', 'k18', 'k15', 'k11', 'k12', 'k9', 'k2', 'k3', 'k0', "
            "'k13', 'k10', 'k5', 'k4'}");
  EXPECT_EQ(text(binary(BinaryOperator::AND, a.get(), b.get())), "{'k9', 'k6', 'k10', 'k8', 'k7', 'k11'}");
  EXPECT_EQ(text(binary(BinaryOperator::SUBTRACT, a.get(), b.get())), "{'k1', 'k2', 'k3', 'k0', 'k5', 'k4'}");
  EXPECT_EQ(text(binary(BinaryOperator::XOR, a.get(), b.get())),
            "{'k1', 'k14', 'k18', 'k15', 'k3', 'k0', 'k5', 'k19', 'k17', 'k16', 'k12', 'k2', 'k13', 'k4'}");
  EXPECT_EQ(text(method(a.get(), "symmetric_difference", {list_of({"k3", "k30", "k0", "k31"}).get()})),
            "{'k1', 'k9', 'k2', 'k6', 'k31', 'k10', 'k5', 'k4', 'k8', 'k7', 'k30', 'k11'}");
  Ref c = method(a.get(), "copy");
  ASSERT_TRUE(method(c.get(), "intersection_update", {list_of({"k1", "k5", "k7", "k9", "zz"}).get()}));
  EXPECT_EQ(text(c), "{'k1', 'k7', 'k9', 'k5'}");
  c = method(a.get(), "copy");
  ASSERT_TRUE(method(c.get(), "difference_update", {list_of({"k1", "k5"}).get()}));
  EXPECT_EQ(text(c), "{'k9', 'k2', 'k3', 'k0', 'k6', 'k10', 'k4', 'k8', 'k7', 'k11'}");
  EXPECT_EQ(text(method(a.get(), "intersection", {list_of({"k11", "k2", "k7", "nope"}).get()})),
            "{'k7', 'k2', 'k11'}");
  // In place: the same object, updated.
  const std::string expected = text(binary(BinaryOperator::OR, c.get(), b.get()));
  Ref result = interpreter.set_type->inplace_bitwise_or(interpreter, c.get(), b.get());
  EXPECT_EQ(result.get(), c.get());
  EXPECT_EQ(text(c), expected);
  Ref list = new_list(interpreter, {});
  EXPECT_FALSE(binary(BinaryOperator::OR, a.get(), list.get()));
  EXPECT_EQ(error(), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
}

TEST_F(ContainerTest, FrozensetsReprAndHash) {
  Ref frozen = new_frozenset(interpreter, list_of({"abc", "b", "cd", "e", "f"}).get());
  EXPECT_EQ(text(frozen), "frozenset({'f', 'cd', 'b', 'abc', 'e'})");
  EXPECT_EQ(hash_of(frozen.get()), 3124281896998532639);
  EXPECT_EQ(hash_of(new_frozenset(interpreter, builtin("range", {Value::small_int(10)}).get()).get()),
            3895031357313128696);
  EXPECT_EQ(text(new_frozenset(interpreter, Value())), "frozenset()");
  EXPECT_EQ(text(new_set(interpreter)), "set()");
  // A set is found in a set of frozensets.
  Ref outer = new_set(interpreter);
  ASSERT_TRUE(set_add(interpreter, outer.get(), frozen.get()));
  Ref same = builtin("set", {frozen.get()});
  EXPECT_EQ(set_contains(interpreter, outer.get(), same.get()), 1);
  EXPECT_EQ(text(builtin("frozenset", {Value::small_int(1), Value::small_int(2)})),
            "TypeError: frozenset expected at most 1 argument, got 2");
}

TEST_F(ContainerTest, SetMethodErrorsMatchCPython) {
  Ref set = new_set(interpreter);
  EXPECT_EQ(text(method(set.get(), "pop")), "KeyError: 'pop from an empty set'");
  EXPECT_EQ(text(method(set.get(), "remove", {Value::small_int(1)})), "KeyError: 1");
  EXPECT_EQ(text(method(set.get(), "add")), "TypeError: set.add() takes exactly one argument (0 given)");
  EXPECT_EQ(text(method(set.get(), "copy", {Value::small_int(1)})),
            "TypeError: set.copy() takes no arguments (1 given)");
  EXPECT_EQ(text(method(set.get(), "update", {Value::small_int(1)})), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(text(builtin("set", {Value::small_int(1), Value::small_int(2)})),
            "TypeError: set expected at most 1 argument, got 2");
  Ref list = new_list(interpreter, {});
  EXPECT_FALSE(compare(interpreter, set.get(), list.get(), CompareOp::Lt));
  EXPECT_EQ(error(), "TypeError: '<' not supported between instances of 'set' and 'list'");
}

TEST_F(ContainerTest, SetIterationNoticesSizeChanges) {
  Ref set = key_set(0, 3);
  Ref iterator = get_iterator(interpreter, set.get());
  Ref first = iterator_next(interpreter, iterator.get());
  ASSERT_TRUE(first);
  ASSERT_TRUE(set_add(interpreter, set.get(), Value::small_int(7)));
  EXPECT_FALSE(iterator_next(interpreter, iterator.get()));
  EXPECT_EQ(error(), "RuntimeError: Set changed size during iteration");
}

TEST_F(ContainerTest, DictKeepsInsertionOrderThroughDeletions) {
  Ref dict = new_dict(interpreter);
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(i), str("v").get()));
  ASSERT_EQ(dict_delete_item(interpreter, dict.get(), Value::small_int(2)), 1);
  ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(2), Value::small_int(9)));
  ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(0), Value::small_int(8)));
  EXPECT_EQ(text(dict), "{0: 8, 1: 'v', 3: 'v', 4: 'v', 5: 'v', 2: 9}");
  EXPECT_EQ(text(method(dict.get(), "popitem")), "(2, 9)");
  EXPECT_EQ(text(method(dict.get(), "keys")), "dict_keys([0, 1, 3, 4, 5])");
  EXPECT_EQ(text(method(dict.get(), "values")), "dict_values([8, 'v', 'v', 'v', 'v'])");
  EXPECT_EQ(text(method(dict.get(), "items")), "dict_items([(0, 8), (1, 'v'), (3, 'v'), (4, 'v'), (5, 'v')])");
  std::string reversed;
  for (Ref& key : items(method(dict.get(), "__reversed__").get())) reversed += text(key);
  EXPECT_EQ(reversed, "54310");
}

TEST_F(ContainerTest, DictMethodsAndErrors) {
  Ref dict = new_dict(interpreter);
  Ref a = str("a");
  EXPECT_EQ(text(get_item(interpreter, dict.get(), a.get())), "KeyError: 'a'");
  EXPECT_EQ(text(method(dict.get(), "get", {a.get()})), "None");
  EXPECT_EQ(text(method(dict.get(), "get", {a.get(), Value::small_int(5)})), "5");
  EXPECT_EQ(text(method(dict.get(), "get")), "TypeError: get expected at least 1 argument, got 0");
  EXPECT_EQ(text(method(dict.get(), "setdefault", {a.get(), Value::small_int(1)})), "1");
  EXPECT_EQ(text(method(dict.get(), "setdefault", {a.get(), Value::small_int(2)})), "1");
  EXPECT_EQ(text(method(dict.get(), "pop", {a.get()})), "1");
  EXPECT_EQ(text(method(dict.get(), "pop", {a.get()})), "KeyError: 'a'");
  EXPECT_EQ(text(method(dict.get(), "pop", {a.get(), Value::small_int(3)})), "3");
  EXPECT_EQ(text(method(dict.get(), "popitem")), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(text(method(dict.get(), "keys", {Value::small_int(1)})),
            "TypeError: dict.keys() takes no arguments (1 given)");
  Ref list = new_list(interpreter, {});
  EXPECT_EQ(text(get_item(interpreter, dict.get(), list.get())), "TypeError: unhashable type: 'list'");
  EXPECT_FALSE(set_item(interpreter, dict.get(), a.get(), Value()));
  EXPECT_EQ(error(), "KeyError: 'a'");
  EXPECT_FALSE(compare(interpreter, dict.get(), dict.get(), CompareOp::Lt));
  EXPECT_EQ(error(), "TypeError: '<' not supported between instances of 'dict' and 'dict'");
}

TEST_F(ContainerTest, DictUpdateAndConstruction) {
  // dict([("a", 1), ["b", 2], "cd"])
  Ref pairs = new_list(interpreter, {});
  Ref a = str("a"), b = str("b"), cd = str("cd");
  list_append(pairs.get(), tuple({a.get(), Value::small_int(1)}).get());
  Ref b_pair = new_list(interpreter, std::vector<Value>{b.get(), Value::small_int(2)});
  list_append(pairs.get(), b_pair.get());
  list_append(pairs.get(), cd.get());
  Ref dict = builtin("dict", {pairs.get()});
  EXPECT_EQ(text(dict), "{'a': 1, 'b': 2, 'c': 'd'}");
  Ref copy = method(dict.get(), "copy");
  Value equal_result = compare(interpreter, dict.get(), copy.get(), CompareOp::Eq).get();
  EXPECT_EQ(equal_result, interpreter.boolean(true));
  ASSERT_TRUE(dict_set_item(interpreter, copy.get(), a.get(), Value::small_int(5)));
  EXPECT_EQ(compare(interpreter, dict.get(), copy.get(), CompareOp::Eq).get(), interpreter.boolean(false));
  EXPECT_EQ(text(binary(BinaryOperator::OR, dict.get(), copy.get())), "{'a': 5, 'b': 2, 'c': 'd'}");
  Ref bad = new_list(interpreter, {});
  list_append(bad.get(), Value::small_int(1));
  EXPECT_EQ(text(builtin("dict", {bad.get()})),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  Ref triple = new_list(interpreter, {});
  list_append(triple.get(), tuple({a.get(), a.get(), a.get()}).get());
  EXPECT_EQ(text(method(dict.get(), "update", {triple.get()})),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  EXPECT_EQ(text(builtin("dict", {dict.get(), dict.get()})), "TypeError: dict expected at most 1 argument, got 2");
  // dict.fromkeys("ab", 0)
  Ref fromkeys = get_attribute(interpreter, Value::object(interpreter.dict_type), interpreter.intern("fromkeys"));
  Ref ab = str("ab");
  const Value arguments[] = {ab.get(), Value::small_int(0)};
  EXPECT_EQ(text(call(interpreter, fromkeys.get(), arguments, 2)), "{'a': 0, 'b': 0}");
  EXPECT_EQ(text(call(interpreter, fromkeys.get(), nullptr, 0)), "TypeError: fromkeys expected at least 1 argument, got 0");
  // set(iterator) fills the set once (type.__call__ runs __new__, then __init__).
  Ref iterator = get_iterator(interpreter, ab.get());
  EXPECT_EQ(text(builtin("set", {iterator.get()})), "{'a', 'b'}");
  // d |= pairs updates d itself.
  Ref result = interpreter.dict_type->inplace_bitwise_or(interpreter, dict.get(), b_pair.get());
  EXPECT_EQ(text(result), "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
}

TEST_F(ContainerTest, DictViewsAreSets) {
  Ref dict = new_dict(interpreter);
  int i = 0;
  for (const char* word : {"abc", "b", "cd", "e", "f"})
    ASSERT_TRUE(dict_set_item(interpreter, dict.get(), str(word).get(), Value::small_int(i++)));
  Ref keys = method(dict.get(), "keys");
  EXPECT_EQ(text(binary(BinaryOperator::AND, keys.get(), list_of({"f", "abc", "zz"}).get())), "{'abc', 'f'}");
  EXPECT_EQ(text(binary(BinaryOperator::OR, keys.get(), list_of({"zz", "yy"}).get())),
            "{'zz', 'abc', 'f', 'cd', 'e', 'yy', 'b'}");
  EXPECT_EQ(text(binary(BinaryOperator::SUBTRACT, keys.get(), list_of({"b"}).get())), "{'abc', 'f', 'cd', 'e'}");
  Ref other = new_set(interpreter);
  ASSERT_TRUE(set_add(interpreter, other.get(), str("b").get()));
  ASSERT_TRUE(set_add(interpreter, other.get(), str("q").get()));
  EXPECT_EQ(text(binary(BinaryOperator::XOR, keys.get(), other.get())), "{'abc', 'f', 'q', 'cd', 'e'}");
  // d.items() ^ {"abc": 0, "b": 5, "new": 9}.items()
  Ref second = new_dict(interpreter);
  ASSERT_TRUE(dict_set_item(interpreter, second.get(), str("abc").get(), Value::small_int(0)));
  ASSERT_TRUE(dict_set_item(interpreter, second.get(), str("b").get(), Value::small_int(5)));
  ASSERT_TRUE(dict_set_item(interpreter, second.get(), str("new").get(), Value::small_int(9)));
  EXPECT_EQ(text(binary(BinaryOperator::XOR, method(dict.get(), "items").get(), method(second.get(), "items").get())),
            "{('b', 1), ('f', 4), ('new', 9), ('cd', 2), ('b', 5), ('e', 3)}");
  // Comparison with sets, either way round.
  Ref key_set_value = builtin("set", {dict.get()});
  EXPECT_EQ(compare(interpreter, keys.get(), key_set_value.get(), CompareOp::Eq).get(), interpreter.boolean(true));
  EXPECT_EQ(compare(interpreter, key_set_value.get(), keys.get(), CompareOp::Le).get(), interpreter.boolean(true));
  EXPECT_EQ(compare(interpreter, other.get(), keys.get(), CompareOp::Lt).get(), interpreter.boolean(false));
  Ref item = tuple({str("cd").get(), Value::small_int(2)});
  EXPECT_EQ(contains(interpreter, method(dict.get(), "items").get(), item.get()), 1);
  EXPECT_EQ(text(method(keys.get(), "isdisjoint", {list_of({"x"}).get()})), "True");
  EXPECT_EQ(hash_of(keys.get()), -1);
  EXPECT_EQ(error(), "TypeError: unhashable type: 'dict_keys'");
}

TEST_F(ContainerTest, DictIterationNoticesChanges) {
  Ref dict = new_dict(interpreter);
  ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(1), Value::small_int(2)));
  Ref iterator = get_iterator(interpreter, dict.get());
  ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(3), Value::small_int(4)));
  EXPECT_FALSE(iterator_next(interpreter, iterator.get()));
  EXPECT_EQ(error(), "RuntimeError: dictionary changed size during iteration");
  // Same size, other keys.
  Ref values = get_iterator(interpreter, method(dict.get(), "values").get());
  ASSERT_TRUE(iterator_next(interpreter, values.get()));
  ASSERT_TRUE(iterator_next(interpreter, values.get()));
  ASSERT_EQ(dict_delete_item(interpreter, dict.get(), Value::small_int(1)), 1);
  ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(5), Value::small_int(6)));
  EXPECT_FALSE(iterator_next(interpreter, values.get()));
  EXPECT_EQ(error(), "RuntimeError: dictionary keys changed during iteration");
}

TEST_F(ContainerTest, RecursiveReprs) {
  Ref dict = new_dict(interpreter);
  ASSERT_TRUE(dict_set_item(interpreter, dict.get(), Value::small_int(1), dict.get()));
  EXPECT_EQ(text(dict), "{1: {...}}");
  dict_clear(interpreter, dict.get());  // breaks the cycle
}

TEST_F(ContainerTest, ManyKeysStayFast) {
  // Many str keys in, half out, popitem to empty: linear work.
  constexpr int count = 300'000;
  Ref dict = new_dict(interpreter);
  Ref set = new_set(interpreter);
  std::vector<Ref> keys;
  keys.reserve(count);
  for (int i = 0; i < count; ++i) keys.push_back(str(numbered("key", i)));
  for (int i = 0; i < count; ++i) {
    ASSERT_TRUE(dict_set_item(interpreter, dict.get(), keys[i].get(), Value::small_int(i)));
    ASSERT_TRUE(set_add(interpreter, set.get(), keys[i].get()));
  }
  for (int i = 0; i < count; i += 2) {
    ASSERT_EQ(dict_delete_item(interpreter, dict.get(), keys[i].get()), 1);
    ASSERT_EQ(set_discard(interpreter, set.get(), keys[i].get()), 1);
  }
  EXPECT_EQ(as_dict(dict.get())->used, static_cast<std::size_t>(count / 2));
  for (int i = 0; i < count / 2; ++i) {
    ASSERT_TRUE(method(dict.get(), "popitem"));
    ASSERT_TRUE(method(set.get(), "pop"));
  }
  EXPECT_EQ(text(dict), "{}");
  EXPECT_EQ(text(set), "set()");
}

}  // namespace
}  // namespace krait::runtime
