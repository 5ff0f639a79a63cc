# error format grouping: CPython's exception and message.
print(format(1234, "_x"))
print(format(1234, ",x"))
