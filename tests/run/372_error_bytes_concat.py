# error bytes concat: CPython's exception and message.
print(b'a' + b'b')
print(b'a' + 'b')
