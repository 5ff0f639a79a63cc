# int's number-protocol attributes and its byte conversions.
for value in (0, 7, -7, True, False, 2**100, -(2**70)):
    print(value.real, value.imag, value.numerator, value.denominator, value.conjugate(),
          type(value.real).__name__, abs(value), value.__abs__())

print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2), (5).__divmod__(1.0))
print((2**100).__getnewargs__(), True.__getnewargs__())

class Meters(int):
    pass

m = Meters(5)
print(type(m.real).__name__, m.numerator, type(abs(m)).__name__)

for value, length, order, signed in [(0, 0, "big", False), (1, 1, "big", False), (255, 1, "little", False),
                                     (256, 2, "big", False), (256, 2, "little", False), (-1, 1, "big", True),
                                     (-128, 1, "big", True), (127, 1, "big", True), (-129, 2, "little", True),
                                     (2**64 - 1, 8, "big", False), (-(2**63), 8, "little", True),
                                     (1024, 5, "big", True)]:
    data = value.to_bytes(length, order, signed=signed)
    back = int.from_bytes(data, order, signed=signed)
    print(value, data, back, back == value)

print((1).to_bytes(), (65).to_bytes(length=2, byteorder="little"), True.to_bytes(1, "big"))
print(int.from_bytes(b"\x00\x10"), int.from_bytes([1, 2], "little"), int.from_bytes(bytearray(b"\xff"), signed=True))
print(int.from_bytes((3, 4), byteorder="big"), int.from_bytes(b""), int.from_bytes(b"", signed=True))
print(type(Meters.from_bytes(b"\x01", "big")).__name__, Meters.from_bytes(b"\x01\x00", "big"))

class WithBytes:
    def __bytes__(self):
        return b"\x01\x01"

print(int.from_bytes(WithBytes(), "big"))

for call in [lambda: (1).to_bytes(0), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (128).to_bytes(1, "big", signed=True), lambda: (-129).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"),
             lambda: (1).to_bytes(1, byteorder=1), lambda: (1).to_bytes(1, "big", True),
             lambda: int.from_bytes(3), lambda: int.from_bytes(b"a", "middle"),
             lambda: int.from_bytes([300]), lambda: int.from_bytes(b"ab", "big", True),
             lambda: (1).to_bytes(length="2"), lambda: int.from_bytes(), lambda: (5).__divmod__(0)]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
