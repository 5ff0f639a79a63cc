# TextIOWrapper over BytesIO: writing and reading back, line buffering,
# write_through, reconfigure(), detach(), repr, attributes.
from _io import BytesIO, TextIOWrapper

data = BytesIO()
text = TextIOWrapper(data, encoding="utf-8", newline="\r\n")
print(text.encoding, text.errors, text.line_buffering, text.write_through, text.buffer is data, text.newlines)
print(text.write("first\nsecond\n"), data.getvalue())
text.flush()
print(data.getvalue(), text.tell(), text.seekable(), text.readable(), text.writable())
text.seek(0)
print(text.readlines())
print(repr(text))
text.mode = "w"
print(repr(text))

data = BytesIO("é\nà\n".encode("latin-1"))
text = TextIOWrapper(data, encoding="latin-1")
print(text.readline(), text.tell())
text.seek(0)
print(text.read())
text.seek(0)
try:
    text.reconfigure(encoding="utf-8")
except Exception as error:
    print(type(error).__name__, error)
text = TextIOWrapper(BytesIO(), encoding="ascii")
text.reconfigure(encoding="utf-8", line_buffering=True)
print(text.encoding, text.errors, text.line_buffering)
text.reconfigure(errors="replace", newline="")
print(text.encoding, text.errors)
text.write("x\r\ny")
print(text.buffer.getvalue())
buffer = text.detach()
print(buffer.getvalue())
for call in [lambda: text.write("x"), text.read, lambda: text.buffer, lambda: text.encoding]:
    try:
        print(call())
    except ValueError as error:
        print("ValueError", error)

text = TextIOWrapper(BytesIO(b"a\nb\nc"))
print(text.encoding, list(text), text.newlines)
text = TextIOWrapper(BytesIO(b"x\r\ny"), newline=None)
print(text.read(), text.newlines)
with TextIOWrapper(BytesIO()) as text:
    text.write("kept")
print(text.closed)
