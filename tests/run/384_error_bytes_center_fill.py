# error bytes center fill: CPython's exception and message.
print(b'ab'.center(5, b'*'))
print(b'ab'.center(5, '*'))
