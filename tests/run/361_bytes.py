# bytes: literals, repr, the constructor, sequence behaviour, comparison and
# hashing, as CPython 3.11.
print(b"", b"abc", b"a'b", b'a"b', b"a'\"b", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"caf\xc3\xa9")
print(repr(b"x" * 3), str(b"hi"), len(b"hello"), bool(b""), bool(b"\x00"), type(b"").__name__)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("h\u00e9", "utf-8"), bytes("h\u00e9", "latin-1"), bytes("hi", encoding="ascii"), bytes(source=b"k"))
print(bytes(iter([104, 105])), bytes([True, False]))

class WithBytes:
    def __bytes__(self):
        return b"custom"

class WithIndex:
    def __index__(self):
        return 4

print(bytes(WithBytes()), bytes(WithIndex()), bytes([WithIndex()]))
data = b"hello world"
print(data[0], data[-1], data[1:5], data[::2], data[::-1], data[100:], data[-3:], data[WithIndex()])
for byte in b"ab\xff":
    print(byte, end=" ")
print()
print(list(b"xyz"), tuple(b"\x00\x01"), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(104 in data, b"wor" in data, b"" in data, bytearray(b"lo") in data, 300 - 200 in b"d")
print(data + b"!", b"ab" + bytearray(b"cd"), b"ab" * 3, 2 * b"xy", b"a" * 0, b"a" * -1)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"a" <= b"a", b"" >= b"")
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" < bytearray(b"b"), b"abc" != 5)
print(hash(b"") == 0, hash(b"abc") == hash(b"abc"), len(set([b"a", b"a", b"b"])), {b"k": 1}[b"k"])
x = b"ab"
x += b"cd"
x *= 2
print(x)
print(bytes.fromhex("1f 2e ff"), bytes.fromhex(""), b"\x1f.\xff".hex(), b"abcde".hex(":", 2), b"abcde".hex("-", -2))
print(b"abcdef".hex(b" ", 3), b"ab".hex(":", 0), b"".hex(":"), bytes.maketrans(b"ab", b"xy")[97:99])
print(b"abc".__bytes__(), b"abc".__getnewargs__())
