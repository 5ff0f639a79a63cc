# error bytes join item: CPython's exception and message.
print(b','.join([b'a', bytearray(b'b')]))
print(b','.join([b'a', 'b']))
