def f():
    x = 1
    del x


def g():
    del y


def h():
    z += 1


def k(a):
    del a
    a.b += 1
    a[0] -= 1
