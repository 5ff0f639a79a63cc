# error bytearray pop empty: CPython's exception and message.
a = bytearray(b'x')
print(a.pop())
a.pop()
