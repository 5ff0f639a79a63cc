# error sort compare: CPython's exception and message.
a = [3, 1, 2]
a.sort()
print(a)
b = [1, "a", 2]
b.sort()
