f = lambda x: x.upper()
f(5)
