def f(a):
    return [[(b, c, a) for c in range(b)] for b in {d: e for d, e in a}]


class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [x for x in range(3) if x in xs]
