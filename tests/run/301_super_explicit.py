# super(type, obj) and super(type): lookup after `type` in the MRO of obj's
# class, binding methods, classmethods, staticmethods and properties; class
# mode (obj a class); unbound super; super objects' attributes and repr.
# Methods call it under another name, `up`, which changes nothing for the
# explicit forms (tests/run/341 covers super()).
up = super
class Base:
    def greet(self):
        return "Base.greet " + self.name
    @classmethod
    def make(cls, name):
        print("Base.make for", cls.__name__)
        obj = cls.__new__(cls) if False else cls()
        obj.name = name
        return obj
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def shout(self):
        return self.name.upper()
    kind = "base"

class Child(Base):
    def greet(self):
        return "Child+" + up(Child, self).greet()
    @classmethod
    def make(cls, name):
        print("Child.make")
        return up(Child, cls).make(name)
    @property
    def shout(self):
        return up(Child, self).shout + "!"
    kind = "child"

c = Child()
c.name = "ann"
print(c.greet(), c.shout, up(Child, c).kind, c.kind)
print(up(Child, c).helper(5), up(Child, Child).helper(6))
m = Child.make("bob")
print(type(m).__name__, m.name, m.greet())
print(up(Child, Child).greet(c))

# Diamond: the next class in the MRO of the instance's class, not the base.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + up(B, self).who()
class C(A):
    def who(self):
        return ["C"] + up(C, self).who()
class D(B, C):
    def who(self):
        return ["D"] + up(D, self).who()
d = D()
print(d.who(), B().who())
print(up(B, d).who(), up(C, d).who(), up(D, D).who(d))

s = up(B, d)
print(s)
print(up(B))
print(up(B, None))
print(up(int, True))
print(up(B).__thisclass__, up(B).__self__, up(B).__self_class__)
print(s.__thisclass__, s.__self__ is d, s.__self_class__)
print(type(s).__name__, isinstance(s, super), s.__class__)
# An unbound super bound later through __get__.
u = up(B)
bound = u.__get__(d, D)
print(bound, bound.who())
# A class whose __class__ claims another class.
class Pretender:
    @property
    def __class__(self):
        return D
print(up(B, Pretender()))
