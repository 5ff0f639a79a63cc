# bytearray: construction, repr and every mutation, as CPython 3.11.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2, 255]), bytearray("h\u00e9", "utf-8"))
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b"both ' and \""), bytearray(range(3)), bytearray(bytearray(b"c")))
a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("O")
print(a, a[0], a[1:3], len(a), type(a[1:3]).__name__)
a.append(33)
a.extend(b" wo")
a.extend([114, 108])
a.extend(bytearray(b"d"))
a.extend(iter([46]))
print(a)
a.insert(0, 62)
a.insert(-1, 60)
a.insert(100, 126)
a.insert(-100, 94)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("l"))
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b, len(b))
c = bytearray(b"0123456789")
c[2:5] = b"ab"
print(c)
c[0:0] = [120, 121]
print(c)
c[::2] = bytearray(len(c[::2]))
print(c)
c[5:2] = b"Z"
print(c)
del c[0]
del c[-3:]
print(c)
del c[::3]
print(c)
c[1:3] = bytearray(b"")
print(c)
c[::-1] = c
print(c)
d = bytearray(b"abcdef")
d[::2] = b""
print(d)
d = bytearray(b"abc")
d += b"def"
d += bytearray(b"g")
d *= 2
print(d)
e = d
e += b"!"
print(d is e, d)
d[:] = b"replaced"
print(d, d == b"replaced", d < bytearray(b"z"), d + b"+", b"+" + d, d * 2)
f = bytearray(b"ab")
f[len(f):] = b"cd"
f[1] = 255
print(f, f.hex(), list(f), 255 in f, b"cd" in f)
g = bytearray(b"x")
g += bytearray(g)
g[0:1] = g
print(g)
