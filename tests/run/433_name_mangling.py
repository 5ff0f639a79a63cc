# Private name mangling: __name inside a class (and everything nested in it)
# is _Class__name for variables, attributes, parameters, keyword-only
# defaults, annotations and definitions; dunder names are left alone.
class C:
    __x = 1
    __y__ = 2
    def __init__(self, __p=3, *, __k=4):
        self.__v = __p + __k
        self.__w__ = 0
    def get(self):
        return self.__v, C.__x, self._C__v
    def __private(self):
        return "private"
    def call(self):
        return self.__private(), [self.__v for _ in range(1)], (lambda: self.__v)()
    def ann(self, __a: int) -> int:
        __local: int = 5
        return __local
    __z: int = 9
print(C().get(), C._C__x, C.__y__, C().call(), C().ann(1), C.ann.__annotations__, C.__annotations__)
print(sorted([k for k in C.__dict__ if k[:2] != "__"]))
print(C.__init__.__kwdefaults__, C().__dict__)
class _:
    __q = 1
print(_.__dict__["__q"] if "__q" in _.__dict__ else "mangled")
__g = 5
class D:
    def f(self):
        return __g
try:
    D().f()
except NameError as e:
    print(e)
class E:
    class __Inner:
        pass
    x = __Inner
print(E.x.__name__, E.x.__qualname__)
