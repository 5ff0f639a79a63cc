def f():
    y = x + 1
    x = 1
f()