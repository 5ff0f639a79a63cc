# del d[key] for a missing key.
d = {(1, 2): "pair"}
del d[(1, 2)]
print(d)
del d[(1, 2)]
