# missing colon after def signature
def f(a, b)
    return a
