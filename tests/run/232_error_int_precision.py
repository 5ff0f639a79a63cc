# error int precision: CPython's exception and message.
print(format(1, "5d"))
print(format(1, ".2d"))
