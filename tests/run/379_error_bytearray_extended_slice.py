# error bytearray extended slice: CPython's exception and message.
a = bytearray(b'abcdef')
a[::2] = b'xyz'
print(a)
a[::2] = b"xy"
