# list methods: append, extend, insert, pop, remove, index, count, reverse,
# copy, clear.
a = []
a.append(1)
a.append("two")
a.append([3])
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(3))
a.extend([])
print(a)
a.extend(a)
print(len(a), a[-3:])
b = [1, 2, 3]
for index, value in [(0, "first"), (-1, "before last"), (100, "end"), (-100, "start"), (2, "middle"), (-2, "x")]:
    b.insert(index, value)
    print(b)
c = [10, 20, 30, 40, 50]
print(c.pop(), c, c.pop(0), c, c.pop(-2), c, c.pop(1), c, c.pop(), c)
d = [1, 2, 3, 2, 1, 2]
d.remove(2)
print(d)
d.remove(1)
print(d)
print(d.index(2), d.index(2, 2), d.index(1, -3), d.index(2, 0, 2), d.index(3, -100, 100))
print(d.count(2), d.count(5), [1, 1.0, True].count(1), [[1], [1], (1,)].count([1]), [].count(0))
e = [1, 2, 3, 4]
e.reverse()
print(e)
f = e.copy()
f.append(99)
print(e, f, f is e)
f.clear()
print(f, e)
g = [[1, 2]]
h = g.copy()
h[0].append(3)
print(g, h)
x = ["a", "b"]
print(x.append("c"), x.extend(["d"]), x.insert(0, "z"), x.reverse(), x.clear(), x)
nested = [1, [2, 3], (4, 5), "six", 7.0, None, True]
print(nested.index([2, 3]), nested.index((4, 5)), nested.index("six"), nested.index(7), nested.index(None))
big = []
for i in range(1000):
    big.append(i)
while len(big) > 10:
    big.pop()
print(big, big.pop(5), big)
