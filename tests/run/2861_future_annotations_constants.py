# PEP 563: constants in annotations are written by repr (quotes chosen as
# repr chooses, escapes, bytes), infinities as 1e309, ints with a space
# before an attribute's dot; f-strings are written back whole.
from __future__ import annotations

c01: "int"
c02: 'List["int"]'
c03: "it's"
c04: 'say "hi"'
c05: 'both \' and "'
c06: "tab\there\nnewline\\backslash"
c07: "caf\u00e9 \u2603 \U0001f600"
c08: "\x00\x7f\u200b\ud800"
c09: b"bytes\x00\xff'"
c10: rb"\d+"
c11: u"unicode prefix"
c12: "implicit" "concatenation"
c13: 1
c14: -1
c15: 12345678901234567890123456789
c16: 0x1F
c17: 1_000
c18: 1.0
c19: 1e10
c20: 1e16
c21: 1.5e-7
c22: 1e309
c23: -1e309
c24: 1e309j
c25: 2j
c26: 1 + 2j
c27: 0.1
c28: 123456789.123456789
c29: 1e22
c30: .5
c31: f"plain"
c32: f"{x}"
c33: f"{x!r} {y!s} {z!a}"
c34: f"{x:>10}"
c35: f"{x:{width}.{precision}}"
c36: f"{{literal}} {x}"
c37: f"{'nested'} {x['key']}"
c38: f"{ {1, 2} }"
c39: f"{ {'a': 1}['a'] }"
c40: f"{(lambda: 1)}"
c41: f"{x=}"
c42: f"{x = !s:>5}"
c43: f"{a if b else c}"
c44: f"{(a, b)}"
c45: f"it's {x}"
c46: f'say "{x}"'
c47: f"{x:%Y-%m-%d}"
c48: f"a" "b" f"{c}"
c49: f"{x!r:^{w}}"
c50: f"{3.0:.2f}"
c51: 1e309 + 1e309j
c52: 10 ** 400
c53: 0.0
c54: -0.0
c55: 1e-320
c56: x[1e309]
c57: "\N{BULLET}"
c58: f"{x:{{}}}"

for name, text in __annotations__.items():
    print(name, repr(text))
