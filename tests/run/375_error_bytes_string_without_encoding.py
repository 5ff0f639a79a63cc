# error bytes string without encoding: CPython's exception and message.
print(bytes('x', 'ascii'))
print(bytes('x'))
