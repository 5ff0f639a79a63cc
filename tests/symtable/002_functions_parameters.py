def f(pa, pb, /, a, b=1, *args, kw1, kw2=2, **kwargs):
    return pa + a + kw1


def g(*, only):
    pass


def h(*args):
    args = 1


def unused(a, b):
    c = a
    del b
