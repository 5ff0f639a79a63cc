def f():
    if False:
        print((n := 1))
    return n


f()
