# error str keyword: CPython's exception and message.
print("a b".split(maxsplit=1))
print("a b".split(limit=1))
