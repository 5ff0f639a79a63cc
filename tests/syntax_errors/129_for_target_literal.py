# cannot assign to literal in for target
for 1 in x:
    pass
