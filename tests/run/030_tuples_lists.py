# Tuple and list displays, len, repr, indexing, slicing, unpacking, +, *, in, comparison, bitwise ints, tuple()/list().
a = (1, 2, 3)
b = [4, 5, [6, (7,)]]
print(a, b, (), [], (1,), len(a), len(b))
print(a[0], a[-1], b[2][1], a[1:], b[::-1], a[::2], "hello"[1:4], "hello"[::-1], "héllo"[1])
x, y = 1, 2
x, y = y, x
print(x, y)
p, *q = [1, 2, 3]
*r, s = "abc"
print(p, q, r, s)
for i, (c, d) in [(1, (2, 3)), (4, (5, 6))]:
    print(i, c, d)
l = [1, 2, 3, 4, 5]
l[0] = 10
l[1:3] = [7, 8, 9]
del l[0]
l[::2] = [0, 0, 0]
print(l)
l += (1,)
l *= 2
print(l, [1] * 3, 3 * (1, 2), [1] + [2], (1,) + (2,))
print(1 in a, 5 not in a, "ell" in "hello", [1, 2] < [1, 3], (1, 2) == (1, 2), [1] != [1])
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -(1 << 70) >> 3, ~5, -1 >> 100, (1 << 100) & ((1 << 100) - 1))
t = [1, 2]
t[0] = t
print(t)
t[0] = 0
print(tuple([1, 2]), list("ab"), list(range(3)), tuple(), [*a, *"xy", 0], (*a,))
for ch in "hé":
    print(ch)
