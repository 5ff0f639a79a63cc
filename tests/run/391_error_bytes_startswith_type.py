# error bytes startswith type: CPython's exception and message.
print(b'abc'.startswith((b'x', b'a')))
print(b'abc'.startswith('a'))
