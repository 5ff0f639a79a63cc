# Starred displays into locals, chained targets, subscript targets in unpacking, long displays, self-insertion.
def f(x):
    x = [*x, 1]
    y = (x, *x)
    a = [a0, b0] = x[:2]
    return x, y, a, a0, b0
print(f((5,)))
d = [0, 0, 0]
i = 0
i, d[i] = 1, 9
print(i, d)
print(1 < 2 in [True], [1, 2][True], "abc"[-1:-4:-1])
big = list(range(40))
t = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
print(len(t), t[-1], t == tuple(range(34)))
s = [3, 1]
s[0:0] = s
print(s)
