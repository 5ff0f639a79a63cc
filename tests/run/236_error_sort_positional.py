# error sort positional: CPython's exception and message.
a = [2, 1]
a.sort(reverse=True)
print(a)
a.sort(None)
