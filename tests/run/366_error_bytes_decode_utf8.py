# error bytes decode utf8: CPython's exception and message.
print(b'ok'.decode())
print(b'a\xe4\xb8z'.decode())
