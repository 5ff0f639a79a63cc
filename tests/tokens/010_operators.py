# Every operator, longest match first.
a + b - c * d / e // f % g ** h @ i
a += 1; b -= 1; c *= 1; d /= 1; e //= 1; f %= 1; g **= 1; h @= 1
a &= 1; b |= 1; c ^= 1; d >>= 1; e <<= 1
a & b | c ^ ~d << e >> f
a < b > c <= d >= e == f != g
x = (y := 3)
def f(a) -> int: ...
p = q[1:2, ::3]
{'k': v for k in w}
a.b.c
x = 1 if a <> b else 2
x = a !b
