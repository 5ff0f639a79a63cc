# A pair of the wrong length.
print(dict([("a", 1), "bc"]))
dict([("a", 1), ("b", 2, 3)])
