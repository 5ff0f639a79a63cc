# error bytes percent: CPython's exception and message.
print(b'%s' % b'x')
print(b'%s' % 'x')
