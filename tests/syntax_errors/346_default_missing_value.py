# parameter '=' with no default expression
def f(a=):
    pass
