# Universal newlines: reading with each newline argument (translation and
# the newlines attribute), writing with translation, and line endings that
# straddle the text layer's chunks.
path = "/tmp/krait-test-" + __file__.rsplit("/", 1)[-1] + ".txt"

with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n\r\nend")

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        print(repr(newline), f.newlines, f.readlines(), f.newlines)
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read()), repr(f.read(3)))

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(path, "rb") as f:
        print(repr(newline), f.read())

# A "\r\n" split between chunks of the text layer.
with open(path, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y" * 10 + b"\r")
with open(path) as f:
    f._CHUNK_SIZE = 8192
    lines = f.readlines()
    print(len(lines), [len(line) for line in lines], lines[1], f.newlines)
with open(path, newline="") as f:
    print([len(line) for line in f], repr(f.read()))
with open(path, newline="\r\n") as f:
    print([len(line) for line in f])
for size in [1, 2, 3, 5, 7]:
    with open(path) as f:
        f._CHUNK_SIZE = size
        print(size, len(f.read()), f.newlines)

try:
    open(path, newline="x")
except ValueError as error:
    print(error)
try:
    open(path, newline=5)
except TypeError as error:
    print(error)

try:
    import os
    os.remove(path)
except ImportError:
    pass
