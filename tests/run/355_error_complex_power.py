# error complex power: CPython's exception and message.
print(0j ** 0)
print(0j ** -1)
