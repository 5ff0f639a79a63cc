# error join item: CPython's exception and message.
parts = ["a", "b", 3]
print("-".join(parts[:2]))
print("-".join(parts))
