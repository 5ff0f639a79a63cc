# Two bases with __slots__ members: incompatible layouts.
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
class C(A):
    pass
print(C.a)
class D(A, B):
    pass
