def g():
    yield [][0]
sum(g())