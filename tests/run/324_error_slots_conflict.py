# A __slots__ name that is also a class variable.
class A:
    __slots__ = ("x",)
    y = 1
print(A.x)
class B:
    __slots__ = ("y",)
    y = 2
