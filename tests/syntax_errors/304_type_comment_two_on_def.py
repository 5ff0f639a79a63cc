# two type comments on one def
def f(a, b): # type: int
    # type: () -> None
    pass
