# error complex modulo: CPython's exception and message.
print(pow(1j, 2))
print(pow(1j, 2, 3))
