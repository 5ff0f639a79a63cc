# Set iteration order follows each type's hash (CPython 3.11's algorithms:
# SipHash-1-3 for str, the numeric hash for int and float, xxHash-style for
# tuples, frozenset's own), under the PYTHONHASHSEED=0 the tests run with.
def fill(items):
    result = set()
    for item in items:
        result.add(item)
    return result

print(fill([-1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 5, -(2 ** 70), 10 ** 20, 0, 7]))
print(fill([0.5, 1.5, -0.25, 1e100, 1e-100, 3.0, 2.0 ** 70, 1180591620717411303424, 0.1, -7.75]))
print(fill([1e400, -1e400, 314159, -314159, 1.0, 1]))
print(fill([(), (1,), (1, 2), (2, 1), ("a", "b"), ((1, 2), 3), (1.5, -1), (None,) * 0]))
print(fill([frozenset(), frozenset([1]), frozenset([1, 2]), frozenset(["a"]), frozenset([(1, 2)])]))
print(fill(["", "a", "ab", "abc", "abcdefgh", "abcdefghi", "héllo", "naïve", "日本", "日本語", "😀", "a😀b", "\x00"]))
words = fill(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"])
print(words)
for word in ["beta", "eta", "mu", "iota"]:
    words.discard(word)
print(words)
for word in ["nu", "xi", "omicron", "pi", "rho"]:
    words.add(word)
print(words)
print(frozenset(words), set(frozenset(words)), frozenset([frozenset(words), frozenset(["x"])]))
print(fill([True, False, 1, 0, 2, 1.0, 0.0]))
d = {}
for word in words:
    d[word] = len(word)
print(set(d), set(d.keys()), set(d.items()) == set(d.items()), len(set(d.values())))
