# a, b = x, y: every value first, then the targets left to right.
log = []
def v(x):
    log.append(("value", x))
    return x
class Box:
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)
class Seq(list):
    def __setitem__(self, key, value):
        log.append(("item", key, value))
        super().__setitem__(key, value)
a, b = 1, 2
a, b = b, a
print(a, b)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
box = Box()
s = Seq([0, 0])
box.p, s[v(1)], box.q = v("p"), v("s"), v("q")
print(log)
(c, d), e = (3, 4), 5
[f, g] = [6, 7]
h, (i, j) = 8, [9, 10]
print(c, d, e, f, g, h, i, j)
k, l = m = 11, 12
print(k, l, m)
def swap(p, q):
    p, q = q, p
    return p, q
print(swap("left", "right"))
try:
    n, o = 1, 2, 3
except ValueError as error:
    print(error)
try:
    n, o = [1]
except ValueError as error:
    print(error)
