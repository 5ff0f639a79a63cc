# isinstance/issubclass (tuples, nested tuples, metaclass hooks), type() with 1 and 3
# arguments, getattr/setattr/hasattr/delattr, vars, dir and __dir__.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", str))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Even(metaclass=Meta): pass
print(isinstance(42, Even), isinstance(3, Even), issubclass(int, Even), issubclass(str, Even))
print(isinstance(Even(), Even))
print(type(1), type("x"), type(b), type(B), type(Even))
X = type("X", (A,), {"v": 5, "f": lambda self: self.v * 2})
x = X()
print(X.__name__, x.v, x.f(), isinstance(x, A), X.__mro__)
print(getattr(x, "v"), getattr(x, "w", "default"), hasattr(x, "v"), hasattr(x, "w"))
setattr(x, "w", 9)
print(x.w, hasattr(x, "w"))
delattr(x, "w")
print(hasattr(x, "w"))
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
p = P()
print(vars(p))
print(p.__class__, p.__class__ is P, (1).__class__, int.__class__)
names = []
for n in dir(p):
    if not n.startswith("__"):
        names.append(n)
print(names)
names = []
for n in dir(P):
    if not n.startswith("__"):
        names.append(n)
print(names)
class D:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(D()))
def f(a, b=2):
    c = a + b
    print(sorted(vars().items()))
    print(dir())
f(1)
print(type(type), type(object))
class Fake:
    @property
    def __class__(self):
        return A
print(isinstance(Fake(), A), isinstance(Fake(), Fake), type(Fake()) is Fake)
class Base2: pass
Y = type("Y", (Base2, A), {})
print(Y.__mro__, Y.__module__, Y.__qualname__, Y.__bases__)
print(getattr(A, "__name__"), getattr("abc", "upper")(), getattr(1, "nope", None))
def outer():
    v = 1
    def inner():
        return v
    print(sorted(vars().keys()))
    return inner
outer()
print(isinstance(b, ()), issubclass(B, ()), isinstance(None, type(None)))
print(issubclass(Meta, type), isinstance(Even, Meta), isinstance(Even, type), isinstance(int, type))
