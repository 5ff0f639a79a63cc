# marshal's data format is CPython's: values round-trip, bytes written by
# CPython load, and constants (shared in CPython, so FLAG_REF'd) dump the
# same bytes.
import marshal

values = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**64, -(2**100) + 7, 1.5, -0.0, float("inf"), 1e300, 3 + 4j, "", "abc", "héllo wörld", "\U0001f600",
          "x" * 300, b"", b"\x00\xff", (), (1, 2), [1, [2, (3,)]], {"a": 1, 2: [3]}, {1, 2, 3},
          frozenset({"p"}), (None, True, ...)]
for value in values:
    back = marshal.loads(marshal.dumps(value))
    print(repr(back), type(back).__name__, back == value or back != back)

print(marshal.version)
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(False), marshal.dumps(...))
print(marshal.dumps(StopIteration))
print(marshal.dumps(7), marshal.dumps(-5))
print(marshal.dumps(1.5))
print(marshal.dumps(12345678901234567890))
print(marshal.dumps(b"ab"))
print(marshal.loads(marshal.dumps(bytearray(b"xy"))))
print(marshal.dumps((7, 7, "name", "name")))
print(marshal.loads(marshal.dumps(memoryview(b"mv"))))

# Written by CPython 3.11 (version 4, with references).
cpython = [
    b"\xe9\x07\x00\x00\x00",
    b"\xda\x03abc",
    b"\xa9\x03\xe9\x01\x00\x00\x00\xda\x01x\xf5\x04\x00\x00\x00h\xc3\xa9!",
    b"\xfb\xda\x01a\xe9\x01\x00\x00\x000",
    b"\xa9\x02\xda\x02ab\xf2\x01\x00\x00\x00\xa9\x01r\x01\x00\x00\x00",
    b"\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00",
    b"\xec\x03\x00\x00\x00\x00\x00\x00\x00\x01\x00",
    b"\xe7\x00\x00\x00\x00\x00\x00\xf8?",
    b"\xf9\x00\x00\x00\x00\x00\x00\x00@\x00\x00\x00\x00\x00\x00\x08@",
    b"\xbc\x01\x00\x00\x00\xe9\x05\x00\x00\x00",
    b"\xbe\x01\x00\x00\x00\xe9\x05\x00\x00\x00",
    b")\x02r\x00\x00\x00\x00r\x00\x00\x00\x00",
]
for data in cpython:
    try:
        print(repr(marshal.loads(data)))
    except Exception as error:
        print(type(error).__name__, error)

# Trailing data is ignored; shared objects come back shared.
print(marshal.loads(marshal.dumps(42) + b"junk"))
shared = [1, 2]
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair, pair[0] is pair[1])

for bad in [b"", b"\xe9\x01", b"?", b"[\x02\x00\x00\x00N", b"r\x05\x00\x00\x00", b"s\x10\x00\x00\x00ab"]:
    try:
        marshal.loads(bad)
    except Exception as error:
        print(type(error).__name__, error)

for unmarshallable in [object(), len, type, {1: object()}, int.__add__]:
    try:
        marshal.dumps(unmarshallable)
    except ValueError as error:
        print("ValueError", error)

for call in [lambda: marshal.dumps(), lambda: marshal.loads(), lambda: marshal.loads("str"), lambda: marshal.dumps(1, 2, 3)]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)

import io
buffer = io.BytesIO()
marshal.dump({"k": (1, 2.5)}, buffer)
marshal.dump([None], buffer)
buffer.seek(0)
print(marshal.load(buffer), marshal.load(buffer))
try:
    marshal.load(buffer)
except EOFError as error:
    print("EOFError", error)
