def f():
    def g():
        nonlocal b, a
    a = b = 1
    def h():
        nonlocal zz
