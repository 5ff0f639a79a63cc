# sorted mixed
print(sorted([2, 1.5, True]))
sorted([1, "a"])
