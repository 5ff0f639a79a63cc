# type comment after a while header
x = 0  # (the loop must end: the run view runs it)
while x:  # type: int
    pass
