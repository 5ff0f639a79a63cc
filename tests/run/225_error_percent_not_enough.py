# error percent not enough: CPython's exception and message.
print("%s %s" % ("a", "b"))
print("%s %s %s" % ("a", "b"))
