# A list cannot be a key.
d = {}
d[(1,)] = 1
print(d)
d[[1]] = 2
