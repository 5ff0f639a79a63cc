def f(a, b):
    return f"{a!r:>{width}} {b.c}" + g(*args, key=val, **extra)[lo:hi:step]


x = {**base, "k": v}
y = {*elements}
z = not a if b else -c
w = a < b <= c is not d
