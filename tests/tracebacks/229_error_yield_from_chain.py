def inner():
    yield 1
    raise ValueError("inner")
def outer():
    yield from inner()
g = outer()
next(g)
next(g)