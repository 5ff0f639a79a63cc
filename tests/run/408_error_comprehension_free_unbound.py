def f():
    r = [x for _ in range(1)]
    x = 1
    return r


f()
