# error list remove: CPython's exception and message.
a = [1, 2, 3]
a.remove(2)
print(a)
a.remove(2)
