# lambda parameters cannot be annotated
g = lambda x: int: x
