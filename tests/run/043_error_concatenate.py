# TypeError concatenating a list and a tuple.
print([1] + [2])
print([1] + (2,))
