# error str encode ascii: CPython's exception and message.
print('ok'.encode('ascii'))
print('a\u20ac\u20acb'.encode('ascii'))
