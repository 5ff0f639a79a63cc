def gen():
    x = yield 1
    return x.missing
g = gen()
next(g)
g.send(5)