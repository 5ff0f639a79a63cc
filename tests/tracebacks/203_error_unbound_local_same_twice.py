def f():
    y = x + x
    x = 1
f()