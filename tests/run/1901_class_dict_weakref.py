# A class's namespace holds __dict__ and __weakref__ getsets where its
# layout adds them, as CPython's type_new does.
import weakref


class C:
    pass


class D(C):
    x = 1


class L(list):
    pass


class I(int):
    pass


class T(tuple):
    pass


class S:
    __slots__ = ("a",)


class SD:
    __slots__ = ("a", "__dict__")


class E(Exception):
    pass


class M:
    def method(self):
        pass


for cls in (C, D, L, I, T, S, SD, E, M):
    print(cls.__name__, list(vars(cls).keys()))
print(C.__dict__["__dict__"], C.__dict__["__weakref__"])
print(type(C.__dict__["__dict__"]).__name__)
print(ExceptionGroup.__dict__["__module__"], "__weakref__" in ExceptionGroup.__dict__)

c = C()
c.a = 1
print(c.__dict__, C.__dict__["__dict__"].__get__(c))
c.__dict__ = {"b": 2}
print(c.b, hasattr(c, "a"), vars(c))
try:
    c.__dict__ = [1]
except TypeError as e:
    print(e)
try:
    C.__dict__["__dict__"].__get__(5)
except TypeError as e:
    print(e)
print(c.__weakref__)
r = weakref.ref(c)
print(c.__weakref__ is r)
del c
print(r())


class Doc:
    "documented"


print(Doc.__dict__["__doc__"], C.__dict__["__doc__"], C.__doc__)
print(weakref.ref(ExceptionGroup("g", [ValueError()]))() is None)
