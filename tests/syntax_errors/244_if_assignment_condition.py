# assignment used as if condition
if x = 1:
    pass
