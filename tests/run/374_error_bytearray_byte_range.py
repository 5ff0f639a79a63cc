# error bytearray byte range: CPython's exception and message.
a = bytearray(b'x')
a[0] = 255
print(a)
a.append(256)
