# error bytes decode ascii: CPython's exception and message.
print(b'ok'.decode('ascii'))
print(b'a\xffb'.decode('ascii'))
