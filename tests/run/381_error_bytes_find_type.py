# error bytes find type: CPython's exception and message.
print(b'abc'.find(98))
print(b'abc'.find('b'))
