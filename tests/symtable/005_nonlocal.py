def f():
    a = b = c = 0

    def g():
        nonlocal a, b
        a = 1

        def h():
            nonlocal a, c
            c = a
        return h
    return g


def through_class():
    v = 1

    class C:
        def m(self):
            nonlocal v
            v = 2
    return C
