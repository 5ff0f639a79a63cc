# sorted(): ints, floats, strs, tuples, big ints, mixed numbers, ordered and reversed input, stability through tuples.
print(sorted([3, 1, 2]), sorted([]), sorted([1]), sorted("hello"), sorted((2, 1)), sorted(range(5, 0, -1)))
print(sorted([2.5, -1, 3, 0.5, 2**70, -2**70]), sorted([1.0, 1, True, 0, False, 0.0]))
print(sorted(["b", "a", "B", "é", "", "ab"]), sorted([(2, "a"), (1, "b"), (2, "A"), (1, "a")]))
print(sorted([[2], [1, 5], [1], []]), sorted([float("inf"), 1, float("-inf"), -1e308]))
print(sorted(range(20)) == list(range(20)), sorted(range(20, 0, -1)) == list(range(1, 21)))
n = 1000
data = []
x = 12345
for i in range(n):
    x = (x * 1103515245 + 12345) % 2147483648
    data += [x % 100]
result = sorted(data)
ok = True
for i in range(1, n):
    if result[i - 1] > result[i]:
        ok = False
print(ok, len(result), result[0], result[-1], sum(result) == sum(data))
pairs = []
for i in range(200):
    pairs += [(data[i] % 7, i)]
s = sorted(pairs)
print(s[:5], s[-3:])
print(sorted([1, 3, 2, 3, 1, 2]), sorted([5, 4, 3, 2, 1, 2, 3, 4, 5]), sorted([-0.0, 0.0, -0.0]))
print(sorted(map(abs, [-3, 2, -1])), sorted(zip("cab", range(3))), sorted(enumerate("cab")))
words = ["pear", "apple", "fig", "banana", "kiwi", "apple"]
print(sorted(words), sorted(map(len, words)), sorted(reversed(words)))
