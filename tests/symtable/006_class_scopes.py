x = "module"


class C:
    x = "class"
    y = x

    def method(self):
        return x

    def other(self):
        return y

    class Inner:
        z = x

    lam = lambda: x
    gen = (x for _ in range(3))
    lst = [x for _ in y]


def f():
    v = 1
    w = 2

    class D:
        v = 3
        print(w)

        def m(self):
            return v + w
    return D
