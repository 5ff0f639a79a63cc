# Needs: the compiler to give a class whose methods use super() or __class__
# its implicit __class__ cell (ScopeCompiler: a "__class__" cell when
# scope.needs_class_closure, and deref_register finding it).
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
