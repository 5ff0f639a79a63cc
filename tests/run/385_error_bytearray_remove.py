# error bytearray remove: CPython's exception and message.
a = bytearray(b'abc')
a.remove(98)
print(a)
a.remove(98)
