def outer():
    x = 1
    y = 2
    z = 3

    class C:
        x = 10
        global y

        def m(self):
            return x, y, z
    return C


def outer2():
    v = 1

    class K:
        def m(self):
            return v

        class L:
            def n(self):
                return v
    return K
