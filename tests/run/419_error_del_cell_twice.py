def f():
    v = 1

    def inner():
        return v
    del v
    del v


f()
