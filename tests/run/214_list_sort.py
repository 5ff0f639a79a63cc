# list.sort: stability, key, reverse, mixed numbers, strings of every
# width, tuples, and lists of every size around the insertion-sort runs.
a = [5, 2, 8, 1, 9, 3, 7, 4, 6, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "日本", "éclair", "😀", "", "a"]
w = words.copy()
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort(key=str.lower)
print(w)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a"), (2, "c"), (1, "b")]
p = pairs.copy()
p.sort()
print(p)
p = pairs.copy()
p.sort(key=lambda t: t[0])
print(p)
p = pairs.copy()
p.sort(key=lambda t: t[0], reverse=True)
print(p)
mixed = [3, 1.5, -2, 2**70, True, 0.0, -1e400, 1e400, 7]
mixed.sort()
print(mixed)
floats = [3.5, -1.25, 2.0, 0.0, -0.0, 1e-300, 1e300]
floats.sort()
print(floats)
floats.sort(reverse=True)
print(floats)
for n in [0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 257, 1000]:
    data = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 1000)
    s = data.copy()
    s.sort()
    ok = True
    for i in range(1, len(s)):
        if s[i - 1] > s[i]:
            ok = False
    r = data.copy()
    r.sort(reverse=True)
    print(n, ok, s[:5], r[:5], len(s) == len(data))
stable = []
for i in range(200):
    stable.append((i % 7, i))
stable.sort(key=lambda t: t[0])
ok = True
for i in range(1, len(stable)):
    if stable[i - 1][0] == stable[i][0] and stable[i - 1][1] > stable[i][1]:
        ok = False
print(ok, stable[:8])
stable.sort(key=lambda t: t[0], reverse=True)
print(stable[:8])
strs = ["b", "a", "日", "c", "😀", "ab", "aa", "A"]
strs.sort()
print(strs)
lists = [[2, 1], [1, 2, 3], [1, 2], [], [0]]
lists.sort()
print(lists)
empty = []
empty.sort()
print(empty, [1].sort(), [3, 2, 1].sort(key=None), [2, 1].sort(reverse=False), [2, 1].sort(reverse=0))
