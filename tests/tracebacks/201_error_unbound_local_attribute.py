def f():
    print(x.attr)
    x = 1
f()