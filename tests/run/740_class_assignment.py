# __class__ assignment between classes of one layout.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.x = 1; a.y = 2
a.__class__ = B
print(a.who(), type(a).__name__, a.x, a.y, vars(a), isinstance(a, B))
a.z = 3
print(sorted(vars(a)))
class S:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class T:
    __slots__ = ("b",)
class L(list): pass
s = S(); s.a = 5; s.__class__ = S2; print(type(s).__name__, s.a)
for target, value in [(A(), 5), (A(), int), (A(), S), (A(), L), (S(), T)]:
    try:
        target.__class__ = value
    except TypeError as e:
        print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
class Base:
    def greet(self): return "base " + type(self).__name__
class Sub(Base): pass
o = Base(); o.__class__ = Sub; print(o.greet())
print(dict.fromkeys("ab", 0), int.from_bytes(b"\x02", "big"), list[int])
