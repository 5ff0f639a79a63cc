def f(a):
    del a
    return a[0]
f(1)