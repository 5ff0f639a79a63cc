# error format code: CPython's exception and message.
print(format(255, "x"))
print(format(1.5, "d"))
