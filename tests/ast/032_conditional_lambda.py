# Conditional expressions and lambdas with every parameter kind.
c = a if b else c
c = a if b else c if d else e
c = (a if b else c) if d else e
c = a if (b if c else d) else e
c = lambda: 0
c = lambda x: x
c = lambda x, y: x + y
c = lambda x=1: x
c = lambda x, y=2: x
c = lambda *args: args
c = lambda **kw: kw
c = lambda *args, **kw: 0
c = lambda x, *args, y, z=3, **kw: 0
c = lambda *, k: k
c = lambda *, k=1, j: k
c = lambda a, /: a
c = lambda a, /, b: a
c = lambda a, b=1, /, c=2: a
c = lambda a=1, /, *, b: a
c = lambda a, b, /, c, d=4, *e, f, g=7, **h: 0
c = lambda a=1, b=2, /, c=3, *d, e=5, **f: 0
c = lambda a, /, *args: args
c = lambda a, /, **kw: kw
c = lambda a,: a
c = lambda *a,: a
c = lambda **k,: k
c = lambda a, b=1,: a
c = lambda: (yield_)
c = lambda: lambda: lambda: 0
c = lambda x: lambda y: x + y
c = lambda x: x if x else -x
c = (lambda: 1)()
c = lambda x=lambda: 1: x
c = lambda x=(a if b else c), *, y=lambda: 2: 0
c = [lambda: i for i in range(3)]
c = lambda *a, b=lambda *c, **d: 0, **e: 0
c = f(lambda x: x, key=lambda y: -y)
c = lambda: a, b
c = lambda a=1, *, b=2: a if b else (lambda: a)()
