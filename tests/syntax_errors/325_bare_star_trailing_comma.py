# bare * followed only by a trailing comma
def f(a, *, ):
    pass
