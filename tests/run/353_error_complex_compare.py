# error complex compare: CPython's exception and message.
print(1j == 1j)
print(1j < 2)
