class A:
    def uses_super(self):
        return super().m()

    def uses_class(self):
        return __class__

    def neither(self):
        return self

    def nested(self):
        def inner():
            return super
        return inner

    def in_comprehension(self):
        return [super() for _ in range(2)]

    sup = super


class B:
    def m(self):
        __class__ = 1
        return __class__


def not_a_method():
    return super()
