def f(x, *, __debug__=1):
    pass
