# error bytes translate table: CPython's exception and message.
print(b'abc'.translate(None, b'b'))
print(b'abc'.translate(b'xyz'))
