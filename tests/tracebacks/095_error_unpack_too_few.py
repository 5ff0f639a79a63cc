def f():
    a, b, c = (1, 2)
f()
