# Slicing edge cases, nested and starred targets, subscript augmented assignment, iteration, nested repr.
s = "abcdef"
l = list(range(10))
print(s[-2:], s[:-2], s[10:], s[-100:2], s[::3], s[5:1:-2], l[2**70:], l[-2**70:3], l[::-3], l[1:8:2])
print(l[8:2], l[:], s[::-1], (1, 2, 3)[::-2], "日本語"[1:], "😀x"[0])
a, (b, *c), [d, e] = 1, "xyz", (4, 5)
print(a, b, c, d, e)
first, *middle, last = range(6)
print(first, middle, last)
*only, = [1, 2]
print(only)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 1
print(m)
x = [1, 2, 3]
x[1:2] = []
x[len(x):] = "ab"
del x[::2]
print(x)
x = y = [9]
print(x is y, x)
n = [1, 2, 3]
n[::-1] = "abc"
del n[-1], n[0]
print(n)
t = ([1, [2, ()]], "q", 1.5, None, True)
print(t, len(t), t[0][1][1])
k = [0, 1]
k[1] = [k, (k,)]
print(k)
k[1] = None
def f(seq):
    total = 0
    for item in seq:
        total = total + item
    return total
print(f([1, 2, 3]), f((4, 5)), f(range(4)))
for i, j in [[1, 2], (3, 4)]:
    print(i * j)
print([1, 2] == [1, 2.0], (1, [2]) < (1, [3]), [] < [0], (2,) > (1, 9), [1, 2] <= [1, 2], "b" in ["a", "b"], 3 in range(5))
print(0 in [], [1, 2] * 0, [1] * -5, (1, 2) * 2, "ab" * 3, 2 * "c")
big = 1 << 80
print(big & 0xFF, big | 1, big ^ big, big >> 79, -big >> 200, 1 >> 2**70, 0 << 2**70, 5 << 0, -1 << 62, ~big, ~-1)
u = (1, 2)
u += (3,)
u *= 2
print(u)
