# error complex argument: CPython's exception and message.
print(complex(1, 2))
print(complex([]))
