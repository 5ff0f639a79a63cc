def f():
    for i in x:
        pass
    x = []
f()