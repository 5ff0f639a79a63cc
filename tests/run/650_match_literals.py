# match (PEP 634): literal patterns (== for numbers, strs, bytes; `is` for None,
# True, False), OR of literals, sequences, mappings, class patterns with guards.
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case 1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case []:
            return "empty list"
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"two items {a!r} {b!r}"
        case [a, *rest]:
            return f"many items {a!r} rest={rest!r}"
        case {"kind": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"kind": kind, **others}:
            return f"kind {kind} others={others}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case _:
            return "other"

for value in [0, 1, 3, -1, 1.5, 2j, 1+2j, "hello", b"bytes", None, True, False, [], [1], (1, 2), [1, 2, 3],
              range(4), {"kind": "point", "x": 1, "y": 2}, {"kind": "circle", "r": 3}, {"a": 1}, {},
              "other", 500, 50, 2.5, object, (), "ab", b"ab", bytearray(b"x"), 1.0, 0.0, 3.0]:
    print(repr(value)[:30], "->", classify(value))
