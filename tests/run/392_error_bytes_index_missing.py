# error bytes index missing: CPython's exception and message.
print(b'abc'.index(b'c'))
print(b'abc'.index(b'z'))
