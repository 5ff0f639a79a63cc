# type comment after a while header
x = 1
while x:  # type: int
    pass
