# __annotations__ of classes and modules (made on first read); property names from __set_name__ in errors.
class A:
    x: int = 1
    y: "str"
print(A.__annotations__)
class B:
    pass
print(B.__annotations__, "__annotations__" in B.__dict__)
B.__annotations__ = {"a": 1}
print(B.__annotations__)
del B.__annotations__
try:
    del B.__annotations__
except AttributeError as e:
    print(e)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print(e)
class C(A):
    pass
print(C.__annotations__, A.__annotations__ is not C.__annotations__)
print(A().__annotations__ is A.__annotations__)
import sys
print(sys.__annotations__, "__annotations__" in sys.__dict__)
z: int = 5
print(__annotations__)
class A:
    p = property(lambda s: 1)
a = A()
try: a.p = 2
except AttributeError as e: print(e)
try: del a.p
except AttributeError as e: print(e)
q = property()
try: q.__get__(a)
except AttributeError as e: print(e)
A.r = property()
try: a.r
except AttributeError as e: print(e)
class B2:
    @property
    def value(self):
        return 1
    @value.deleter
    def value(self):
        pass
try:
    B2().value = 3
except AttributeError as e:
    print(e)
loose = property(lambda self: 2)
loose.__set_name__(B2, "renamed")
B2.other = loose
try:
    B2().other = 1
except AttributeError as e:
    print(e)
print("__set_name__" in dir(property), "__annotations__" in dir(type), "__annotations__" in dir(type(sys)))
