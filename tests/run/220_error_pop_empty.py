# error pop empty: CPython's exception and message.
a = [1]
print(a.pop(), a)
a.pop()
