# Text files in UTF-8, Latin-1, ASCII and UTF-16: round trips, error
# handlers on reading and writing, characters split between chunks, tell()
# and seek() back to a told position.
path = "/tmp/krait-test-" + __file__.rsplit("/", 1)[-1] + ".txt"
text = "héllo wörld €uro 𝄞 end\n"

for encoding in ["utf-8", "UTF8", "utf-16", "utf-16-le"]:
    with open(path, "w", encoding=encoding) as f:
        print(encoding, f.encoding, f.write(text))
    with open(path, "rb") as f:
        data = f.read()
        print(len(data), data[:8])
    with open(path, encoding=encoding) as f:
        print(f.read() == text)

with open(path, "w", encoding="latin-1") as f:
    f.write("café\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)

with open(path, "wb") as f:
    f.write("préfixe ".encode() + b"\xff\xfe bad \xe9\n")
for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(path, encoding="utf-8", errors=errors) as f:
        print(errors, f.errors, ascii(f.read()))
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as error:
    print(type(error).__name__, error)
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as error:
    print(type(error).__name__, error)

for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    try:
        with open(path, "w", encoding="ascii", errors=errors) as f:
            f.write("naïve €\n")
        with open(path, "rb") as f:
            print(errors, f.read())
    except UnicodeEncodeError as error:
        print(errors, type(error).__name__, error)

# Multi-byte characters split between chunks.
with open(path, "w", encoding="utf-8") as f:
    f.write("é€𝄞" * 50 + "\n" + "ü" * 30)
for size in [1, 2, 3, 5, 64]:
    with open(path, encoding="utf-8") as f:
        f._CHUNK_SIZE = size
        lines = f.readlines()
        print(size, [len(line) for line in lines])

# tell() and seek() to what tell() returned.
with open(path, "w", encoding="utf-8") as f:
    f.write("αβγ\nline two\r\nthree\n")
for newline in [None, ""]:
    with open(path, encoding="utf-8", newline=newline) as f:
        positions = []
        while True:
            position = f.tell()
            line = f.readline()
            if not line:
                break
            positions.append((position, line))
        print(positions)
        for position, line in positions:
            f.seek(position)
            print(f.readline() == line, end=" ")
        print()
    with open(path, encoding="utf-8", newline=newline) as f:
        print(repr(f.read(2)), f.tell(), repr(f.read(3)), f.tell())

try:
    open(path, encoding="no-such-codec")
except LookupError as error:
    print(type(error).__name__, error)

try:
    import os
    os.remove(path)
except ImportError:
    pass
