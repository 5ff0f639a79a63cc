# assignment used as while condition
while x = next(it):
    pass
