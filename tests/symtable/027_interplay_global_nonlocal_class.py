def f():
    x = 1

    def g():
        global x
        def h():
            return x
        return h

    class C:
        global x
        def m(self):
            return x
    return g, C


class Outer:
    y = 1
    def method(self):
        global y
        return y
