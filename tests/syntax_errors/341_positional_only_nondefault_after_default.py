# non-default positional-only parameter after defaulted one
def f(a=1, b, /):
    pass
