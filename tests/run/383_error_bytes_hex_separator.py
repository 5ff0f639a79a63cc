# error bytes hex separator: CPython's exception and message.
print(b'ab'.hex('-'))
print(b'ab'.hex('--'))
