# BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over
# in-memory and user-defined raw streams.
from _io import BufferedRandom, BufferedReader, BufferedRWPair, BufferedWriter, BytesIO, _RawIOBase


class Raw(_RawIOBase):
    """A raw stream over bytes that returns at most 5 bytes a read."""

    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.position = 0
        self.reads = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, buffer):
        self.reads += 1
        n = min(len(buffer), 5, len(self.data) - self.position)
        buffer[:n] = self.data[self.position:self.position + n]
        self.position += n
        return n

    def write(self, data):
        data = bytes(data)
        self.data[self.position:self.position + len(data)] = data
        self.position += len(data)
        return len(data)

    def seek(self, position, whence=0):
        self.position = [position, self.position + position, len(self.data) + position][whence]
        return self.position

    def tell(self):
        return self.position


reader = BufferedReader(Raw(b"first line\nsecond line\nthird"), 8)
print(reader.read(3), reader.peek(2)[:2], reader.read1(4), reader.tell())
print(reader.readline(), reader.readline(4), reader.readline(), reader.read(), reader.read())
print(reader.seek(0), reader.read(100), reader.seek(-5, 2), reader.read(2), reader.seek(1, 1), reader.read())
reader.seek(0)
print(list(reader), reader.raw.reads > 3)
buffer = bytearray(6)
reader.seek(6)
print(reader.readinto(buffer), buffer)

writer = BufferedWriter(Raw(), 4)
print(writer.write(b"ab"), bytes(writer.raw.data), writer.tell())
print(writer.write(b"cdef"), bytes(writer.raw.data), writer.flush(), bytes(writer.raw.data))
print(writer.seek(1), writer.write(b"X"), writer.tell(), writer.flush(), bytes(writer.raw.data))
print(writer.writable(), writer.readable(), writer.seekable(), writer.closed)
raw = writer.detach()
print(type(raw).__name__, bytes(raw.data))
try:
    writer.write(b"x")
except ValueError as error:
    print(error)

random = BufferedRandom(Raw(b"0123456789"), 4)
print(random.read(3), random.write(b"ab"), random.tell(), random.read(2), random.seek(0), random.read())
random.seek(8)
random.write(b"XYZ")
random.seek(0)
print(random.read(), random.readable(), random.writable())

pair = BufferedRWPair(Raw(b"incoming\ndata"), Raw())
print(pair.read(3), pair.peek(1)[:1], pair.read1(2), pair.write(b"out"), pair.readable(), pair.writable())
pair.flush()
print(pair.closed, pair.isatty())
pair.close()
print(pair.closed)

memory = BytesIO(b"over memory\nline two\n")
reader = BufferedReader(memory)
print(reader.readline(), reader.raw is memory, list(reader), reader.closed)
reader.close()
print(memory.closed, reader.closed)
