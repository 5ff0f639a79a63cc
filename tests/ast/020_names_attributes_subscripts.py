# Names, attribute access chains, subscripts with tuples/starred/expressions, in Load/Store/Del contexts.
import os
x = os.path.join
y = os.path.sep.join(["a", "b"]).upper().lower
z = a.b.c.d.e
a.b = 1
a.b.c = 2
a[0] = 3
a[0][1][2] = 4
a.b[0].c[1] = 5
del a.b, a[0], a.b.c[1]
v = a[1, 2]
v = a[1, 2,]
v = a[(1, 2)]
v = a[()]
v = a[x, y]
v = a[*x]
v = a[*x, y]
v = a[x, *y, *z]
v = a[x:=1]
v = a[f(x)]
v = a[-1]
v = a[lambda: 0]
v = a[x if y else z]
v = a[yield_]
v = a[b[c[d]]]
v = a.b[c].d(e)[f].g
v = (a).b
v = (a.b).c
v = ('str').upper
v = [1, 2][0]
v = {1: 2}[1]
v = f(x)[y](z)
v = a  .  b
v = a\
.b
v = (a
     .b
     .c())
v = a[
    1,
    2
]
_ = __ = ___ = _x_ = x1 = X = _1
print, len, True.real, None.__class__, ....__class__
