# bytes patterns over bytes, bytearray and memoryview subjects.
import re

print(re.findall(rb"\d+", b"a1b22"))
print(re.match(rb"(\w+) (\w+)", b"hello world").groups())
print(re.sub(rb"o", b"0", b"foo boo"), re.subn(rb"o", rb"\\", b"oo"))
print(re.split(rb",", b"a,b,,c"))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"(?i)caf\xc9", b"caf\xe9 CAF\xc9"))
print(re.search(rb"b+", bytearray(b"abbbc")))
print(re.findall(rb"\d", memoryview(b"1a2")))
m = re.search(rb"(b+)", bytearray(b"abbc"))
print(m.group(1), type(m.group(1)).__name__, type(m.string).__name__)
print(re.sub(rb"x", b"y", bytearray(b"axbx")), re.sub(rb"x", lambda m: b"[" + m.group() + b"]", b"axb"))
print(re.sub(rb"z", b"y", b"abc"))
print(re.compile(rb"\s+").split(b"a \t b\nc"), re.findall(rb"(?L)\w+", b"ab cd") if False else 0)
print(re.match(rb"[\x80-\xff]+", b"\x80\xfe\xffa"))
print(re.match(rb".*", b"x" * 60))
print(re.escape(b"a.b"), re.escape("a.b*c?"))
