# Assignment: simple, chained, unpacking, starred, parenthesized targets, annotated (simple 0/1), augmented.
x = 1
x = y = z = 2
a, b = 1, 2
a, b = b, a
(a, b) = c
[a, b] = c
(a), (b) = c
((a, b), c) = d
[a, [b, [c]]] = d
a, *b = c
*a, b = c
a, *b, c = d
[*a] = b
*a, = b
(*a,) = b
a, = b
(a,) = b
[a] = b
a.b, c[d], *e.f = g
(a) = 1
((a)) = 1
(a.b) = 1
(a[0]) = 1
x = yield_ = 3
a = b, c = d, e = 1, 2
x: int
x: int = 1
(x): int = 1
((x)): int = 1
x.y: int = 1
(x.y): int = 1
x[0]: int = 1
x[0]: int
x: list[int] = []
x: "forward" = None
x: int = yield_
x: tuple = 1, 2
x: tuple = *a, *b
x: int | None = None
x: Callable[[int], str] = lambda i: str(i)
x += 1
x -= 1
x *= 1
x @= 1
x /= 1
x %= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
x **= 1
x //= 1
x.y += 1
x[0] -= 1
(x) *= 2
x += 1, 2
x += a if b else c
x = *a, *b
x = lambda: 0
x = [] = ()
a[1:2], b[::1] = c
def gen():
    x = yield
    x = yield 1
    x = yield from g()
    x += yield
    x: int = yield 2
    x = y = yield 3
    a, b = yield 4, 5
x = \
    1
x =(1)
x=1;y=2
