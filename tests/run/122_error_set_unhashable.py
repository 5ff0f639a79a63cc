# Elements must be hashable.
print(set([(1, 2), "x"]) == set(["x", (1, 2)]))
set([(1, [2])])
