# Class creation hooks in CPython's type_new order: __set_name__ on each
# namespace value that has it, then the bases' __init__subclass__ with the
# class keywords; __slots__ (member descriptors, no __dict__ unless listed
# or inherited, name mangling, slots in subclasses).
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.values.get(self.name, "unset " + self.name)
    def __set__(self, instance, value):
        instance.values[self.name] = value

class Registry:
    classes = []
    def __init_subclass__(cls, tag="none", **rest):
        print("__init_subclass__", cls.__name__, tag, rest)
        Registry.classes.append(cls.__name__)
        object.__init_subclass__(**rest)

class Model(Registry, tag="model"):
    x = Field()
    y = Field()
    def __init__(self):
        self.values = {}

class Sub(Model):
    z = Field()

m = Sub()
m.x = 1
print(m.x, m.y, m.z, Sub.x.name, Registry.classes)
Dynamic = type("Dynamic", (Registry,), {"f": Field()}, tag="dyn")
print(Dynamic.f.name, Registry.classes)

class Meta(type):
    def __new__(mcs, name, bases, namespace, **keywords):
        print("Meta.__new__", name, keywords)
        return type.__new__(mcs, name, bases, namespace, **keywords)
class WithMeta(Registry, metaclass=Meta, tag="meta"):
    w = Field()

# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x += 10
print(p.x, p.y, Point.x, type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__)
print(hasattr(p, "__dict__"), hasattr(p, "z"), getattr(p, "y"))
del p.y
print(hasattr(p, "y"))
p.y = 5
print(p.y, Point.__slots__)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass
l = Loose(1, 2)
l.extra = "e"
print(l.x, l.extra, l.__dict__)

class Both:
    __slots__ = ("a", "__dict__")
b = Both()
b.a = 1
b.other = 2
print(b.a, b.other, b.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = [1]
print(s.only, Single.only)

class Private:
    __slots__ = ("__secret", "__weakref__")
    def __init__(self):
        self._Private__secret = 42
    def reveal(self):
        return self._Private__secret
print(Private().reveal(), Private._Private__secret)

class ClassAttr:
    __slots__ = ()
    shared = "class value"
print(ClassAttr().shared)

# Slot members of a shadowing subclass: its class attribute wins for
# reading, the instance __dict__ takes new values.
class Shadow(Point):
    x = "class x"
sh = Shadow.__new__(Shadow)
print(sh.x)
