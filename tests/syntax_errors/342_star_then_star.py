# bare * followed by *args
def f(*, *a):
    pass
