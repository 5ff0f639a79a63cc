# cannot assign to function call in for target
for f() in x:
    pass
