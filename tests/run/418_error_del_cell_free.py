def f():
    v = 1

    def inner():
        return v
    del v
    return inner


f()()
