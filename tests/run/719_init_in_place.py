# Calling a class whose __init__ is a Python function: the same instance,
# arguments, errors and tracebacks as type.__call__.
class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x = x * scale
        self.y = y
        self.rest = rest
        self.extra = extra
p = Point(1, 2, 3, scale=10, tag="t")
print(p.x, p.y, p.rest, p.extra, type(p).__name__)
print(Point(5).x, Point(x=7, y=8).y)
class Wrong:
    def __init__(self):
        return 42
try:
    Wrong()
except TypeError as error:
    print("TypeError:", error)
class Fails:
    def __init__(self, value):
        raise ValueError(value)
try:
    Fails("bad")
except ValueError as error:
    print("ValueError:", error)
try:
    Point()
except TypeError as error:
    print("TypeError:", error)
try:
    Point(1, 2, scale=1, x=3)
except TypeError as error:
    print("TypeError:", error)
class Tracked:
    made = []
    def __init__(self, n):
        Tracked.made.append(self)
        self.n = n
    def __del__(self):
        print("del", self.n)
t = Tracked(1)
Tracked.made.clear()
del t
class Base:
    def __init__(self, a):
        self.a = a
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Child(1, 2)
print(c.a, c.b, isinstance(c, Base))
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
WithNew(1, 2)
class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)
class Managed(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(Managed(3).v)
def make(n):
    return [Point(i) for i in range(n)]
print(sum(q.x for q in make(100)))
def gen_init():
    class G:
        def __init__(self):
            yield 1
    try:
        G()
    except TypeError as error:
        print("TypeError:", error)
gen_init()
import sys
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(100000)
except RecursionError:
    print("RecursionError")
print(Deep(50).child.child is not None)
