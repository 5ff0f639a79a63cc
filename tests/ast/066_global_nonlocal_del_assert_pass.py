# global, nonlocal, del (names, attrs, subscripts, tuples, lists, parens), assert, pass, break, continue.
global g
global g1, g2, g3
def f():
    global x, y
    x = 1
    def g():
        nonlocal_var = 0
        def h():
            pass
        return h
    return g
def outer():
    a = b = 1
    def inner():
        nonlocal a
        nonlocal a, b
        a = 2
    return inner
del a
del a, b
del a, b,
del (a)
del (a, b)
del [a, b]
del (a), [b], ((c),)
del a.b, a[0], a[1:2], a.b.c[d].e
del ((a, b), [c, [d]])
del (a.b)
del ()
del []
del a[:], a[::], a[1, 2]
assert x
assert x, "message"
assert x, f"message {x}"
assert (x, y)
assert x == 1, (y, z)
assert not x, -1
assert x if y else z, lambda: 0
assert (x := 1), (y := 2)
pass
pass; pass
while True:
    pass
    break
    continue
def f(): pass; pass
