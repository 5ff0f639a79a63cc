# open() and the file classes' errors, with CPython's types and texts.
import _io

path = "/tmp/krait-test-" + __file__.rsplit("/", 1)[-1] + ".txt"
with open(path, "w") as f:
    f.write("data\n")


def attempt(call):
    try:
        result = call()
        print("ok", type(result).__name__)
        if hasattr(result, "close"):
            result.close()
    except Exception as error:
        print(type(error).__name__, error)


for arguments in [(path, "rw"), (path, "q"), (path, "rr"), (path, "U"), (path, "rU"), (path, "wa"), (path, ""),
                  (path, "b"), (path, "tb"), (path, "r+b+"), (path, 5), (1.5,), (None,), ([path],)]:
    attempt(lambda: open(*arguments))
attempt(lambda: open(path, "rb", encoding="utf-8"))
attempt(lambda: open(path, "rb", errors="strict"))
attempt(lambda: open(path, "rb", newline=""))
attempt(lambda: open(path, "rt", buffering=0))
attempt(lambda: open(path, buffering="x"))
attempt(lambda: open(path, encoding=5))
attempt(lambda: open(path, closefd=False))
attempt(lambda: open("/nonexistent/directory/file"))
attempt(lambda: open("/tmp", "r"))
attempt(lambda: open(path, "r", 0))
attempt(lambda: open(path, "rb", 0))
attempt(lambda: open(path, "rb", -5))
attempt(lambda: open(path, "r", opener=lambda name, flags: -1))
attempt(lambda: open(path, "r", opener=lambda name, flags: "x"))
attempt(lambda: _io.FileIO(path, "rq"))
attempt(lambda: _io.FileIO(path, "r+r"))
attempt(lambda: _io.FileIO(-3))
attempt(lambda: _io.FileIO(path + "\0"))
attempt(lambda: _io.BufferedReader(_io.BytesIO(), 0))
attempt(lambda: _io.BufferedReader(_io.FileIO(path, "w")))
attempt(lambda: _io.BufferedWriter(_io.FileIO(path, "r")))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), newline="x"))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding="no-such"))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), errors=5))

raw = _io.FileIO(path)
print(repr(raw)[:12], raw.mode, raw.closefd, raw.readable(), raw.writable(), raw.seekable())
attempt(lambda: raw.write(b"x"))
attempt(lambda: raw.truncate())
attempt(lambda: raw.read("x"))
attempt(lambda: raw.seek(1.5))
raw.close()
print(repr(raw))
for call in [raw.read, raw.fileno, raw.seekable, raw.tell, raw.isatty, raw.readable]:
    attempt(call)

reader = open(path, "rb")
attempt(lambda: reader.write(b"x"))
attempt(lambda: reader.read(-2))
attempt(lambda: reader.seek(0, 3))
reader.close()
for call in [reader.read, reader.peek, reader.readline, reader.tell, reader.flush, reader.fileno]:
    attempt(call)

text = open(path)
attempt(lambda: text.write("x"))
attempt(lambda: text.seek(1, 1))
attempt(lambda: text.seek(1, 2))
attempt(lambda: text.seek(-1))
attempt(lambda: text.seek(0, 4))
attempt(lambda: text.readline(1.5))
text.close()
for call in [text.read, text.readline, text.tell, text.flush, text.fileno, lambda: text.write("x")]:
    attempt(call)
writer = open(path, "w")
attempt(lambda: writer.read())
attempt(lambda: writer.write(b"bytes"))
attempt(lambda: writer.write(5))
writer.close()

try:
    import os
    os.remove(path)
except ImportError:
    pass
