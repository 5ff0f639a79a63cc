# An attribute that no class after B in the MRO has.
class A:
    def f(self):
        return 1
class B(A):
    def g(self):
        return 2
print(super(B, B()).f())
super(B, B()).g
