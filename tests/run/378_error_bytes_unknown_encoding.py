# error bytes unknown encoding: CPython's exception and message.
print(b'x'.decode('latin-1'))
print(b'x'.decode('klingon'))
