# super(): zero- and two-argument forms, cooperative __init__ chains,
# methods, classmethods and properties through super, unbound super, repr.
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def greet(self):
        return "hello from Base " + self.name
    @classmethod
    def make(cls, name):
        print("Base.make for", cls.__name__)
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def shout(self):
        return self.name.upper()

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child.__init__", age)
    def greet(self):
        return super().greet() + " and Child " + str(self.age)
    @classmethod
    def make(cls, name):
        print("Child.make")
        return super().make(name)
    def __init_copy(self):
        pass
    @property
    def shout(self):
        return super().shout + "!"

class Grandchild(Child):
    def __init__(self, name):
        super(Grandchild, self).__init__(name, 7)
    def greet(self):
        return "GC: " + super(Grandchild, self).greet()

c = Child("ann", 3)
print(c.greet(), c.name, c.age, c.shout)
print(Child.helper(4), super(Child, c).helper(5))
g = Grandchild("bob")
print(g.greet())
print(super(Child, g).greet())
print(type(Base.make("x")).__name__)

# Diamond: every class's __init__ runs once, in MRO order.
class A:
    def __init__(self):
        print("A")
        super().__init__()
    def who(self):
        return ["A"]
class B(A):
    def __init__(self):
        print("B")
        super().__init__()
    def who(self):
        return ["B"] + super().who()
class C(A):
    def __init__(self):
        print("C")
        super().__init__()
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def __init__(self):
        print("D")
        super().__init__()
    def who(self):
        return ["D"] + super().who()
d = D()
print(d.who(), D.__mro__)

# super objects themselves
s = super(B, d)
print(s)
print(super(B))
print(super(B).__thisclass__, super(B).__self__, super(B).__self_class__)
print(s.__thisclass__, s.__self__ is d, s.__self_class__)
print(s.who())
print(super(D, D).who(d))
print(type(s).__name__, isinstance(s, super))

# The first argument is a cell when a nested function uses it.
class E(A):
    def __init__(self):
        def later():
            return self
        super().__init__()
        print("E", later() is self)
E()

# super() in a classmethod: the class, not an instance.
class F(Base):
    @classmethod
    def make(cls, name):
        return super().make(name + "!")
print(F.make("f").name)
# __class__ is the defining class.
class G:
    def cls(self):
        return __class__
class H(G): pass
print(H().cls())

# super() in generators, nested functions, class methods, static methods,
# metaclasses, __init_subclass__ and __new__.
class A:
    def gen(self):
        yield "A"
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def gen(self):
        yield from super().gen()
        yield "B"
    def f(self):
        def inner():
            return super(B, self).f()
        return inner() + "+B"
    def g(self):
        return super().f()
    @classmethod
    def c(cls):
        return super().c() + "+B"
    @staticmethod
    def s():
        try:
            super()
        except RuntimeError as e:
            return str(e)
    def __repr__(self):
        return "B:" + super().__repr__()[:3]
print(list(B().gen()), B().f(), B().g(), B.c(), B().c(), B.s(), repr(B()))
class C:
    def m(self):
        self = 5
        return super()
try:
    C().m()
except TypeError as e:
    print(e)
class D:
    def m(*args):
        return super()
try:
    D().m()
except RuntimeError as e:
    print(e)
class E(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        super().__setitem__("extra", 1)
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
print(E(a=1), E(a=2)["a"], E()["extra"])
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.made_by = "M"
        return cls
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.called = True
        return inst
class K(metaclass=M):
    def __init__(self, v):
        self.v = v
k = K(3)
print(K.made_by, k.v, k.called)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True
class Sub(Base): pass
print(Sub.registered)
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
print(WithNew(1, 2).args)
