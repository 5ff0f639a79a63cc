# type comment after an if header
if x:  # type: int
    pass
