def f():
    return int("x") + 1

f()
