# weakref.proxy: an object standing for its referent until it dies.
import weakref

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __iter__(self):
        return iter((self.x, self.y))
    def __getitem__(self, index):
        return (self.x, self.y)[index]
    def __contains__(self, value):
        return value in (self.x, self.y)
    def __str__(self):
        return "Vector(%d, %d)" % (self.x, self.y)
    def norm(self):
        return self.x * self.x + self.y * self.y

v = Vector(3, 4)
p = weakref.proxy(v)
print(type(p).__name__, weakref.proxy(v) is p, weakref.getweakrefcount(v))
print(p.x, p.y, p.norm(), len(p), list(p), p[1], 4 in p, 5 in p, str(p), bool(p))
p.x = 6
print(v.x)
del p.y
print(hasattr(v, "y"))
v.y = 8
print(str(p + v), str(v + p), p == Vector(6, 8), p != v)
try:
    hash(p)
except TypeError as error:
    print("TypeError:", error)

r = weakref.ref(v)
print(weakref.getweakrefcount(v), weakref.getweakrefs(v) == [r, p])

def f(x):
    return x * 2

cp = weakref.proxy(f)
print(type(cp).__name__, cp(21))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

events = []
q = weakref.proxy(v, lambda proxy: events.append("callback"))
print(q is p)
del v
print(events)
for action in (lambda: p.x, lambda: len(p), lambda: str(p), lambda: p + 1, lambda: bool(p)):
    try:
        action()
    except ReferenceError as error:
        print("ReferenceError:", error)

try:
    weakref.proxy(1)
except TypeError as error:
    print("TypeError:", error)
try:
    weakref.proxy()
except TypeError as error:
    print("TypeError:", error)
