# error bytes index: CPython's exception and message.
print(b'abc'[2])
print(b'abc'[3])
