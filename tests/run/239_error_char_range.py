# error char range: CPython's exception and message.
print(format(97, "c"), "%c" % 98)
print(format(-1, "c"))
