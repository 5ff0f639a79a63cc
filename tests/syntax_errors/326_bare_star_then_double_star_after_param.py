# bare * directly followed by **kwargs after a param
def f(a, *, **k):
    pass
