# Function and method docstrings; builtin functions' __name__/__qualname__/__self__/__module__; classmethod/staticmethod attributes.
def f(x: int) -> str:
    "doc"
def g():
    "doc2"
    return 1
def h():
    return "not a doc"
class K:
    def m(self):
        """method doc"""
print(f.__doc__, g.__doc__, h.__doc__, K.m.__doc__, K().m.__doc__, (lambda: "x").__doc__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__name__, [].append.__qualname__, repr(len), len.__self__)
print(list.append.__qualname__, list.append.__name__, list.append.__objclass__, [].append.__self__, repr(list.append), print.__module__, [].append.__module__)
import sys
print(sys.exit.__module__, sys.exit.__qualname__, sys.exit.__self__, repr(sys.exit), repr(sys.getrecursionlimit))
print({}.get.__qualname__, "".join.__qualname__, (1).bit_length.__qualname__)
s = staticmethod(f)
c = classmethod(f)
print(s.__name__, s.__doc__, s.__qualname__, s.__module__, s.__dict__, c.__name__, c.__wrapped__ is f, s.__annotations__)
print(repr(s).startswith("<staticmethod(<function f at "), repr(c).startswith("<classmethod(<function f at "))
print(staticmethod(len).__name__, staticmethod(len).__doc__ == len.__doc__, classmethod(len).__qualname__)
class A:
    @staticmethod
    def m():
        "mdoc"
    @classmethod
    def k(cls):
        return cls.__name__
print(A.__dict__["m"].__doc__, A.__dict__["m"].__name__, A.__dict__["k"].__qualname__, A.k(), A.m())
print(sorted(n for n in dir(s) if n in ("__name__", "__doc__", "__wrapped__", "__dict__", "__func__")))
try:
    s.x = 1
    print(s.x, sorted(s.__dict__), classmethod(f).__dict__ == staticmethod(f).__dict__)
    del s.x
    del s.x
except AttributeError as e:
    print("AttributeError", e)
