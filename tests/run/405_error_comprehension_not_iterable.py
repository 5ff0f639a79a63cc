print([x for x in [1, 2]])
print([x for x in 5])
