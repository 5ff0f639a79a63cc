# Classes: instance attributes, methods, class attributes, inheritance with
# explicit base calls, operator dunders, property/staticmethod/classmethod,
# decorators, __eq__ without __hash__, __getattr__ and errors.
class Vec:
    """A vector."""
    count = 0

    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale
        Vec.count += 1

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @staticmethod
    def zero():
        return Vec(0)

    @classmethod
    def unit(cls):
        return cls(1, 1)


class Vec3(Vec):
    def __init__(self, x, y, z):
        Vec.__init__(self, x, y)
        self.z = z

    def __add__(self, other):
        return 3


a = Vec(1, 2)
b = Vec(3, y=4, scale=2)
c = a + b
print(c.x, c.y, a == Vec(1, 2), a != b, a.norm2, Vec.zero().x, Vec.unit().y, Vec.count, len(a))
v = Vec3(1, 2, 3)
print(v.x, v.z, v + a, (a + v).x, Vec.__name__, Vec.__qualname__, Vec.__doc__)
print(Vec3.__mro__, Vec3.__bases__, type(v) is Vec3, Vec.__hash__)


def twice(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs) * 2
    return wrapper


class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        return name + "!"

    @twice
    def double(self, n):
        return n


p = Proxy(a)
print(p.target.x, p.missing, p.double(21))
p.extra = 5
del p.extra
print(p.extra)
try_count = 0
a.y = 10
print(a.norm2)
a.norm2 = 3
