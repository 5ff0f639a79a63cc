# error percent not all: CPython's exception and message.
print("%s" % ("a",))
print("%s" % ("a", "b"))
