if (n := 10) > 5:
    pass

total = [last := x for x in range(3)]


def f(data):
    filtered = [y for x in data if (y := x * 2) > 3]
    return filtered, y


def g():
    global gx
    return [gx := i for i in range(3)]


def h():
    return [[(inner := j) for j in range(i)] for i in range(3)]


def k():
    lam = lambda: (w := 1)
    return lam


def m():
    return [(lambda: (q := 1))() for _ in range(2)]


class C:
    attr = (value := 1)
