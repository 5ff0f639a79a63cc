# cannot assign to literal in with target
with a as 1:
    pass
