# At exit: garbage cycles are collected first (their finalizers run), then
# the module's names go (in order), then what that left in cycles.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
a.me = a
del a
b = A(2)
c = A(3)
c.me = c

def f():
    x = A(4)
    def g():
        return x
    x.g = g

f()

class B:
    def __del__(self):
        print("B del", type(self).__name__)
    def m(self):
        return super().m

B()
print("end")
