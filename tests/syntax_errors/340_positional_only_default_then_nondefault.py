# non-default argument after defaulted positional-only argument
def f(a=1, /, b):
    pass
