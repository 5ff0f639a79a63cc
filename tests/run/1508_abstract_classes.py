# Classes with __abstractmethods__ cannot be instantiated (abc sets it).
import abc

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try:
    A()
except TypeError as e:
    print(e)
print(sorted(A.__abstractmethods__))

class B(A):
    def f(self): return "f"
try:
    B()
except TypeError as e:
    print(e)

class C(B):
    def g(self): return "g"
print(C().f(), C().g())

class Manual:
    pass
Manual.__abstractmethods__ = frozenset({'x', 'y'})
try:
    Manual()
except TypeError as e:
    print(e)
Manual.__abstractmethods__ = ()
print(type(Manual()).__name__)
del Manual.__abstractmethods__
for target in (type, int, Manual):
    try:
        target.__abstractmethods__
    except AttributeError as e:
        print("AttributeError", e)

class P(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def value(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
try:
    P()
except TypeError as e:
    print(e)
class Q(P):
    value = 3
    @classmethod
    def make(cls): return cls()
print(Q.make().value, isinstance(Q(), P), issubclass(Q, P))
P.register(int)
print(isinstance(3, P), issubclass(bool, P), issubclass(str, P))
