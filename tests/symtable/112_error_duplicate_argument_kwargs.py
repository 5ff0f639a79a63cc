def f(a, /, b, *args, **a):
    pass
