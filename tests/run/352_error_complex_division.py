# error complex division: CPython's exception and message.
print(1j / 2)
print(1 / 0j)
