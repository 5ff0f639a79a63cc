# Adding keys while iterating.
d = {"a": 1, "b": 2}
for key in d:
    print(key)
    d[key + key] = 0
