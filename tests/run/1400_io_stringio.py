# _io.StringIO: reading, writing past the end, seek/tell/truncate, newline
# modes and the newlines attribute, iteration, closing.
from _io import StringIO

s = StringIO("line1\nline2\r\nline3\rline4")
print(repr(s.read()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline(-1)), repr(s.read(2)))
print(s.seek(0, 2), s.tell(), repr(s.read()))

for newline in [None, "", "\n", "\r", "\r\n"]:
    s = StringIO("a\r\nb\rc\nd", newline=newline)
    print(repr(newline), s.readlines(), repr(s.getvalue()), s.newlines)
    s = StringIO(newline=newline)
    s.write("x\ny\r\nz\r")
    print(repr(newline), repr(s.getvalue()), s.newlines)

s = StringIO()
print(s.write("héllo"), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.truncate(), repr(s.getvalue()))
print(s.write("€𝄞"), repr(s.getvalue()), len(s.getvalue()))

s = StringIO("abc\ndef\n")
for line in s:
    print(repr(line))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.closed)
with StringIO("ctx") as s:
    print(s.read())
print(s.closed)
for call in [s.read, s.getvalue, s.tell, lambda: s.write("x"), lambda: s.seek(0), s.readline]:
    try:
        call()
    except ValueError as error:
        print("ValueError", error)

s = StringIO("0123456789")
for call in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3),
             lambda: s.truncate(-1), lambda: s.write(b"x"), lambda: s.read("x"), lambda: StringIO(5),
             lambda: StringIO(newline="x"), lambda: StringIO(newline=5), lambda: s.read(1.5)]:
    try:
        print(call())
    except (ValueError, TypeError, OSError) as error:
        print(type(error).__name__, error)
print(s.seek(0, 1), s.read(3), s.seek(0, 1))


class Numbered(StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return line.upper()


n = Numbered("a\nb\n")
n.note = "kept"
print(list(n), n.note, isinstance(n, StringIO))

state = StringIO("a\r\nb", newline=None)
state.read(1)
print(state.__getstate__(), StringIO("ab", newline="\r").__getstate__())
restored = StringIO()
restored.__setstate__(("p\r\nq", "", 1, {"k": 2}))
print(repr(restored.read()), restored.__getstate__(), restored.k)
