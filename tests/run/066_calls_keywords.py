# Calls: keyword arguments, defaults, keyword-only and positional-only
# parameters, *args and **kwargs, unpacking in calls, and the TypeErrors of
# bad calls.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, len(kwargs))


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print((lambda **k: k)(e=6)['e'])
print(f(*[1, 2], **{"c": 3, "z": 0}))
print(f(c=1, a=2))


def g(x, y, /, z):
    return x, y, z


print(g(1, 2, z=3), g(1, 2, 3))


def h(*, key):
    return key


print(h(key="k"))
lam = lambda *a, **k: (a, len(k))
print(lam(), lam(1, x=2))
print(f(1, c=2, **{"d": 5}))
g(1, y=2, z=3)
