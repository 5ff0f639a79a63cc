# NameError.name and AttributeError.name/obj, set by failing lookups and by keywords.
class A:
    pass

a = A()
for f in [lambda: a.x, lambda: A.y, lambda: (1).z, lambda: undefined_name, lambda: "s".nope]:
    try:
        f()
    except (AttributeError, NameError) as e:
        print(repr(e), e.args, getattr(e, "name", "-"), getattr(e, "obj", "-") in (a, A, 1, "s"))

import sys
try:
    sys.nope
except AttributeError as e:
    print(repr(e), e.name, e.obj is sys)

def g():
    x
    x = 1

try:
    g()
except NameError as e:
    print(repr(e), e.name)

def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(repr(e), e.name)
    y = 1

outer()
print(hasattr(a, "q"), getattr(a, "q", "default"))
e = NameError("a", name="b")
print(e, e.args, e.name)
e = AttributeError("a", name="b", obj=3)
print(e, e.args, e.name, e.obj)
e = AttributeError()
print(e.name, e.obj)
e.name = 5
print(e.name)
for make in [lambda: NameError(foo=1), lambda: AttributeError(foo=1), lambda: ImportError(foo=1),
             lambda: ModuleNotFoundError(bar=2)]:
    try:
        make()
    except TypeError as error:
        print(error)

class Custom(AttributeError):
    pass

try:
    raise Custom("mine")
except AttributeError as e:
    print(repr(e), e.name, e.obj)
print(a.missing_attribute)
