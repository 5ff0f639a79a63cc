def g(x):
    return x

value = g(1) - g("s")
