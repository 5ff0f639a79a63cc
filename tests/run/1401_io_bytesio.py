# _io.BytesIO: reads, lines, readinto, writes past the end, seek/tell/
# truncate, getbuffer() exports, closing.
from _io import BytesIO

b = BytesIO(b"ab\ncd\nef")
print(b.readline(), b.read(2), b.tell(), b.read(), b.read(), b.read1(5))
b.seek(0)
print(list(b), b.tell())
b.seek(0)
print(b.readlines(), b.seek(1), b.readlines(4))
print(b.seek(20), b.write(b"x"), b.getvalue(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
print(b.write(bytearray(b"XY")), b.write(memoryview(b"Z")), b.getvalue())

view = b.getbuffer()
print(len(view), bytes(view[:2]))
view[0] = 0x41
print(b.getvalue())
for call in [lambda: b.write(b"y"), lambda: b.truncate(0), b.close]:
    try:
        call()
    except BufferError as error:
        print("BufferError", error)
view.release()
b.write(b"y")
print(b.getvalue())

buffer = bytearray(3)
b.seek(0)
print(b.readinto(buffer), buffer, b.readinto(bytearray(10)))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

b = BytesIO()
b.writelines([b"a", b"bc", bytearray(b"d")])
print(b.getvalue())
with BytesIO(b"data") as c:
    print(c.read())
print(c.closed)
for call in [c.read, c.getvalue, lambda: c.write(b"x"), c.tell, c.readable]:
    try:
        call()
    except ValueError as error:
        print("ValueError", error)
for call in [lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: b.truncate(-2), lambda: b.write("text"),
             lambda: b.read("x"), lambda: BytesIO("text"), lambda: b.readinto(b"immutable")]:
    try:
        print(call())
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)

state = BytesIO(b"abc")
state.read(1)
print(state.__getstate__())
state.extra = 1
print(state.__getstate__())
restored = BytesIO()
restored.__setstate__((b"xyz", 2, {"k": 3}))
print(restored.read(), restored.k)
try:
    restored.__setstate__((1,))
except TypeError as error:
    print(error)
