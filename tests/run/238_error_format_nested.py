# error format nested: CPython's exception and message.
print("{:{}}".format(1, 3))
print("{:{:{}}}".format(1, 2, 3))
