def a():
    class B:
        def c(self):
            class D:
                def e(self):
                    return f
            return D
    f = 1
    return B


@decorator(lambda: 1)
def decorated(x=lambda: 2, *, y=lambda: 3) -> (lambda: 4):
    pass


@decorator(lambda: 1)
class Decorated(Base(lambda: 2), metaclass=lambda: 3):
    pass


d = {(lambda: k): (lambda: v) for k, v in items}
