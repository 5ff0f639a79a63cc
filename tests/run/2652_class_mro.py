# Method resolution orders: one base (its MRO after the class), diamonds,
# and the error for an inconsistent order.


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


class E(D):
    pass


for cls in (A, B, D, E):
    print(cls.__name__, [entry.__name__ for entry in cls.__mro__], cls.__base__.__name__, len(cls.__bases__))
print(E().who())
print([entry.__name__ for entry in type("F", (E,), {}).mro()])
print(type.__subclasses__(A) == [B, C], D.__subclasses__() == [E])


class IntFirst(int, A):
    pass


class IntLast(A, int):
    pass


print(IntFirst.__base__.__name__, IntLast.__base__.__name__, [entry.__name__ for entry in IntLast.__mro__])


class Exc(ValueError):
    pass


print([entry.__name__ for entry in Exc.__mro__])

try:
    class Bad(A, B):
        pass
except TypeError as error:
    print("TypeError:", error)
