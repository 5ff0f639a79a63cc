# error bytearray unhashable: CPython's exception and message.
print(hash(b'') == 0)
print(hash(bytearray(b'')))
