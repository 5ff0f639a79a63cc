def f():
    if x:
        pass
    x = 1
f()