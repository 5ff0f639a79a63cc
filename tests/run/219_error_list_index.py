# error list index: CPython's exception and message.
a = [1, "x", None]
print(a.index(None))
a.index(5)
