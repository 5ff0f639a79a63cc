def f():
    x: int
    print("annotation not evaluated", "x" in f.__code__.co_varnames if False else True)
    return x


f()
