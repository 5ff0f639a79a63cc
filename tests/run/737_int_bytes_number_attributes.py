# int.to_bytes / int.from_bytes, int and float number attributes, cell_contents.
cases = [(0, 0, False), (0, 1, True), (255, 1, False), (256, 1, False), (-1, 1, True), (-128, 1, True), (-129, 1, True),
         (127, 1, True), (128, 1, True), (-1, 1, False), (2**64, 9, False), (-2**63, 8, True), (1, 0, False),
         (-1, 0, True), (0, 0, True), (1000, 4, True)]
for value, length, signed in cases:
    for order in ("big", "little"):
        try:
            data = value.to_bytes(length, order, signed=signed)
            back = int.from_bytes(data, order, signed=signed)
            print(value, length, order, signed, data, back)
        except OverflowError as e:
            print(value, length, order, signed, "OverflowError", e)
print((5).to_bytes(), (65).to_bytes(2, byteorder="little"), int.from_bytes(b"\xff\xfe"), int.from_bytes([1, 2], "little"))
print(int.from_bytes(bytearray(b"\x80"), "big", signed=True), True.to_bytes(1, "big"))
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x02", "big"))
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, 5),
            lambda: int.from_bytes(b"1", "wrong"), lambda: int.from_bytes(5, "big"), lambda: (1).to_bytes(1, "big", True)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print((3).real, (3).imag, (3).numerator, (3).denominator, True.real, (2.5).real, (2.5).imag, (-7).conjugate())
print(type(True.real).__name__, type(True.numerator).__name__, (2**70).real)
def outer():
    x = 1
    def inner(): return x
    return inner
cell = outer().__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 5
print(outer.__name__, cell.cell_contents, outer()())
def empty():
    def inner(): return y
    y = 1
    del y
    return inner
try:
    empty().__closure__[0].cell_contents
except ValueError as e:
    print(e)
