# error bytearray index: CPython's exception and message.
print(bytearray(b'abc')[-3])
print(bytearray(b'abc')[3])
