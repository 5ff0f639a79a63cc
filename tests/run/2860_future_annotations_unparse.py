# PEP 563: module-level annotations are stored as the text CPython's C
# unparser writes (precedence-based parentheses, its spacing, constants by
# repr), never evaluated.
from __future__ import annotations

a01: int
a02: List[int]
a03: Dict[str, Tuple[int, ...]]
a04: x[a:b, c]
a05: x[()]
a06: x[(a, b)]
a07: x[a, b]
a08: x[1:2:3]
a09: x[::2]
a10: x[:]
a11: x[a:, :b]
a12: x[*a]
a13: x[*a, b]
a14: 1 .real
a15: (1).real
a16: 1.5.real
a17: True.real
a18: x.y.z
a19: f(x)(y)[z].w
a20: a + b * c
a21: (a + b) * c
a22: a - (b - c)
a23: (a - b) - c
a24: a ** b ** c
a25: (a ** b) ** c
a26: -a ** -b
a27: (-a) ** b
a28: ~a + +b - -c
a29: not a
a30: not (a and b)
a31: a and b or c and not d
a32: (a or b) and c
a33: a < b <= c == d != e > f >= g
a34: a is b is not c in d not in e
a35: (a < b) < c
a36: a | b ^ c & d << e >> f
a37: (a | b) & c
a38: a @ b // c % d / e
a39: a if b else c
a40: (a if b else c) if d else e
a41: a if (b if c else d) else e
a42: lambda: 1
a43: lambda x: x
a44: lambda x, y=1, *args, z, w=2, **kw: 0
a45: lambda *args: 0
a46: lambda *, k: 0
a47: lambda **kw: 0
a48: lambda a, /, b: 0
a49: lambda a=1, /, b=2: 0
a50: (lambda: 1)()
a51: [a, b, *c]
a52: (a, b)
a53: (a,)
a54: ()
a55: {a, b}
a56: {a: b, **c, d: e}
a57: {}
a58: [x for x in y]
a59: [x for x in y if x if not x for z in w]
a60: {x for x, y in z}
a61: {k: v for k, v in items}
a62: (x for x in y)
a63: f(x for x in y)
a64: f((x for x in y), z)
a65: f(a, *b, c=1, **d)
a66: f(*a, *b)
a67: f(**a, b=1)
a68: [x async for x in y]
a69: [x for x in (a if b else c)]
a70: [x for x in (lambda: y)]
a71: a[b](c).d
a72: (a + b).c
a73: (a + b)[c]
a74: (-a).b
a75: (not a) == b
a76: a == (not b)
a77: -(a + b)
a78: -(-a)
a79: - - a
a80: (a, b)[0]
a81: a[b, *c]
a82: (a for a in b)[0]
a83: Callable[[int, str], Optional[int]]
a84: int | None
a85: ...
a86: Literal[...]
a87: None
a88: True and False
a89: Annotated[int, "meta"]
a90: lambda: (yield)
a91: lambda: (yield from x)
a92: lambda x: (yield x)
a93: (a if b else c)[0]
a94: a + (lambda: 1)
a95: f(lambda x: x, key=lambda y: y)
a96: x[lambda: 1]
a97: x[a if b else c]
a98: x[a, b:c]
a99: [(z := x + 1) * z for x in y] if 0 else [w for v in u if (w := v)]

for name, text in __annotations__.items():
    print(name, repr(text))
