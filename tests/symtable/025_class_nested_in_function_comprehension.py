def f():
    x = 1

    class C:
        ys = [x for _ in range(3)]
        zs = [w for w in range(x)]
    return C
