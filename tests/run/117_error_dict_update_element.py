# An element that is not a sequence.
d = {}
d.update([("a", 1)])
print(d)
d.update([("b", 2), 3])
