# error percent code: CPython's exception and message.
print("%d%%" % 5)
print("%y" % 5)
