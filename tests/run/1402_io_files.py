# open(): text and binary round trips through a temporary file, modes
# r/w/a/x/+, reading by size, lines and iteration, seek/tell/truncate,
# context managers, flushing, file objects' attributes.
import sys

path = "/tmp/krait-test-" + __file__.rsplit("/", 1)[-1] + ".txt"


def remove(name):
    try:
        import os
    except ImportError:
        return
    try:
        os.remove(name)
    except OSError:
        pass


remove(path)
with open(path, "w") as f:
    print(type(f).__name__, f.name == path, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(f.write("first line\n"), f.write("second\nthird"), f.writable(), f.readable(), f.seekable())
    f.writelines(["\n", "fourth\n"])
    print(print("printed", 1, 2, file=f))
print(f.closed)

with open(path) as f:
    print(repr(f.read(5)), f.tell(), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print([line for line in f])
    print(f.seek(6), repr(f.read(4)), f.tell(), f.seek(0, 2), repr(f.read()))

with open(path, "a") as f:
    print(f.mode, f.tell(), f.write("appended\n"))
with open(path, "r+") as f:
    print(f.mode, repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    print(f.tell(), f.truncate(20), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+") as f:
    f.write("one\ntwo\n")
    f.seek(0)
    print(f.read(), f.tell())

with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.name == path, f.raw.mode, f.write(b"\x00\x01binary\nbytes\xff"))
with open(path, "rb") as f:
    print(f.read(2), f.peek(1)[:1], f.read1(3), f.readline(), f.read(), f.tell())
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.readinto(bytearray(4)))
    print(list(f))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall(), f.read(), f.seekable(), f.tell())
with open(path, "ab+") as f:
    print(f.mode, f.tell(), f.write(b"!"), f.seek(0), f.read(2))
with open(path, "rb") as f:
    print(f.read()[-4:])

try:
    open(path, "x")
except FileExistsError as error:
    print(type(error).__name__, error.errno, error.filename == path)
remove(path)
if "os" in sys.modules:
    with open(path, "x") as f:
        f.write("created")
    remove(path)

f = open(path, "w")
f.write("unflushed")
f = None  # closed (and flushed) when freed
with open(path) as f:
    print(f.read())
f = open(path, "w", buffering=1)
f.write("line buffered\n")
with open(path) as g:
    print(repr(g.read()))
f.close()
f.close()
print(f.closed)

for call in [f.read, f.readline, lambda: f.write("x"), f.tell, f.flush, lambda: next(iter(f))]:
    try:
        call()
    except ValueError as error:
        print("ValueError", error)
remove(path)
