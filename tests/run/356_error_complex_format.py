# error complex format: CPython's exception and message.
print(format(1j, '>10'))
print(format(1j, '010'))
