# error complex ordering: CPython's exception and message.
print(1j != 2)
print(1j >= 1j)
