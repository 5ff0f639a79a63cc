# error bytearray slice assign: CPython's exception and message.
a = bytearray(b'abc')
a[0:1] = [120]
print(a)
a[0:1] = 5
