f = lambda: 0
g = lambda a, b=f, *c, d, e=2, **kw: a + b + d + outer
h = lambda x: lambda y: x + y
defaults = lambda a=(lambda: 1)(): a
