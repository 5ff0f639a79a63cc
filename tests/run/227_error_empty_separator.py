# error empty separator: CPython's exception and message.
print("a,b".split(","))
print("a,b".split(""))
