# error bytes percent char: CPython's exception and message.
print(b'%c' % 255)
print(b'%c' % 256)
