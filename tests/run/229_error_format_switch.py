# error format switch: CPython's exception and message.
print("{}{}".format(1, 2), "{1}{0}".format(1, 2))
print("{}{1}".format(1, 2))
