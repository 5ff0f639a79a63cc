# Built-in types' special methods as attributes: wrapper_descriptor ("slot
# wrapper") objects that call the slot, bound as method-wrappers; __new__ as
# a built-in method of the type; explicit base calls such as A.__init__(self),
# object.__setattr__, type.__new__/__init__/__call__ in metaclasses.
print(int.__add__, object.__init__, dict.__setitem__, list.__len__)
print(type.__call__, object.__eq__, str.__mul__, list.__iadd__)
print(int.__add__(1, 2), int.__radd__(1, 2), int.__add__(1, "a"), (5).__add__(3), (5).__rsub__(8))
print(int.__sub__(10, 3), int.__rsub__(10, 3), float.__mul__(1.5, 2), int.__pow__(2, 10), int.__pow__(2, 10, 1000))
print(str.__mul__("ab", 3), str.__rmul__("ab", 2), str.__add__("a", "b"), list.__add__([1], [2]), tuple.__add__((1,), (2,)))
print(list.__len__([1, 2, 3]), str.__len__("abcd"), dict.__len__({1: 2}), list.__contains__([1, 2], 2))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2), int.__lt__(1, 2))
print(list.__hash__, dict.__hash__, set.__hash__, int.__hash__(5), str.__hash__("x") == hash("x"))
print(int.__bool__(0), int.__neg__(4), int.__invert__(0), int.__repr__(12), str.__repr__("q"))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__.__name__)
print(int.__new__(int, "5"), float.__new__(float, "2.5"), str.__new__(str, 7), tuple.__new__(tuple, [1, 2]))
print(type(object.__init__).__name__, type((1).__add__).__name__, type(object.__new__).__name__)
items = [3, 1]
list.__iadd__(items, (2,))
list.__imul__(items, 2)
print(items, list.__getitem__(items, 1), iter([7]).__next__())
d = {}
dict.__setitem__(d, "k", 1)
dict.__setitem__(d, "j", 2)
dict.__delitem__(d, "k")
print(d, d.__getitem__("j"), d.__contains__("k"))
print(object.__init__.__get__(1) == object.__init__.__get__(1), (1).__add__ == (2).__add__)

# Explicit base-class calls.
class A:
    def __init__(self, x):
        object.__init__(self)
        self.x = x
        print("A.__init__", x)
    def __repr__(self):
        return "A(" + repr(self.x) + ") / " + object.__repr__(self)[:3]
class B(A):
    def __init__(self, x, y):
        A.__init__(self, x)
        self.y = y
b = B(1, 2)
print(b.x, b.y, repr(b))
print(object.__str__(b) == repr(b), A.__init__.__qualname__)

# object.__new__ in a custom __new__; object.__setattr__ and
# object.__getattribute__ inside overrides.
class Point:
    def __new__(cls, *args):
        print("Point.__new__", cls.__name__, args)
        return object.__new__(cls)
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)
    def __getattribute__(self, name):
        if name == "z":
            return "computed"
        return object.__getattribute__(self, name)
p = Point(1, 2)
print(p.x, p.y, p.z, type(p).__name__)
object.__delattr__(p, "x")
print(hasattr(p, "x"))

# Metaclasses calling type's own methods.
class Meta(type):
    def __new__(mcs, name, bases, namespace):
        print("Meta.__new__", name)
        namespace["tag"] = name.lower()
        return type.__new__(mcs, name, bases, namespace)
    def __init__(cls, name, bases, namespace):
        print("Meta.__init__", name)
        type.__init__(cls, name, bases, namespace)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return type.__call__(cls, *args)
class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v
t = Thing(5)
print(t.v, Thing.tag, type(Thing).__name__)

# A dict subclass reaching dict's own slots.
class Upper(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value.upper())
    def __getitem__(self, key):
        return "<" + dict.__getitem__(self, key) + ">"
u = Upper()
u["a"] = "x"
u["b"] = "y"
print(u["a"], dict.__getitem__(u, "b"), len(u), sorted(u.keys()))

# Functions and properties are descriptors too.
def f(self):
    return "f of " + str(self)
print(f.__get__(3)(), f.__get__(None, int) is f)
prop = property(lambda self: self * 2)
print(prop.__get__(21), type(prop).__get__(prop, 4))
