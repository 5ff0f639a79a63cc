# The io module (io.py over _io): the ABCs and their registrations, and
# classes deriving from the _io classes.
import io

print(io.open is open, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation.__module__, issubclass(io.UnsupportedOperation, (OSError, ValueError)))
print([cls.__name__ for cls in io.TextIOWrapper.__mro__])
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase), issubclass(cls, io.BufferedIOBase),
          issubclass(cls, io.TextIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.IOBase))


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, text):
        self.parts.append(text.upper())
        return len(text)


stream = Upper()
print("shouted", "words", file=stream)
stream.writelines(["a", "b"])
print(stream.parts, stream.closed, stream.encoding, stream.readable())
with stream:
    pass
print(stream.closed)
try:
    stream.write("late")
    stream.writelines(["x"])
except ValueError as error:
    print(error)


class Lines(io.RawIOBase):
    def __init__(self, lines):
        self.data = "".join(lines).encode()

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), len(self.data))
        buffer[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(list(Lines(["one\n", "two\n", "three"])))
wrapped = io.TextIOWrapper(io.BufferedReader(Lines(["α\n", "β\n"])), encoding="utf-8")
print(wrapped.readlines())


class Closing(io.BytesIO):
    def close(self):
        print("closing", self.getvalue())
        super().close()


def scope():
    b = Closing(b"in scope")
    b.write(b"!")


scope()
print("after scope")
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as error:
    print(type(error).__name__, error)
