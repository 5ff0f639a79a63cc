# Class patterns: __match_args__ for positional sub-patterns (inherited),
# keyword sub-patterns, the builtin types that match themselves.
# class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class NoArgs:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x, y=y):
            return f"somewhere {x} {y}"
        case NoArgs(a=1, b=2):
            return "noargs with b"
        case NoArgs(a=1):
            return "noargs"
        case NoArgs():
            return "noargs any"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0),
          Point3(1, 2, 3), NoArgs(), 5]:
    print(where(p))
n = NoArgs()
n.b = 2
print(where(n))
n.a = 7
print(where(n))

# builtin types match themselves
for value in [1, True, 1.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({2}), 1j, None]:
    match value:
        case bool(v):
            print("bool", v)
        case int(v):
            print("int", v)
        case float(v):
            print("float", v)
        case str(v):
            print("str", v)
        case bytes(v):
            print("bytes", v)
        case bytearray(v):
            print("bytearray", v)
        case list(v):
            print("list", v)
        case tuple(v):
            print("tuple", v)
        case dict(v):
            print("dict", v)
        case set(v):
            print("set", v)
        case frozenset(v):
            print("frozenset", v)
        case complex():
            print("complex", value)
        case _:
            print("other", value)

class MyInt(int):
    pass

match MyInt(5):
    case MyInt(v):
        print("myint", v, type(v).__name__)

class WithArgs(int):
    __match_args__ = ("double",)
    @property
    def double(self):
        return self * 2

match WithArgs(5):
    case int(double=d):
        print("double", d)

match WithArgs(9):
    case WithArgs(r):
        print("double by match args", r, type(r).__name__)

# a subclass inherits __match_args__
class Sub(Point):
    pass

match Sub(1, 2):
    case Sub(a, b):
        print("sub", a, b)

# attribute missing: no match
match Point(1, 2):
    case Point(x, y, z=z):
        print("has z")
    case Point(x, y):
        print("no z", x, y)

# properties and dotted names in classes
class Box:
    class Inner:
        __match_args__ = ("v",)
        def __init__(self, v):
            self.v = v
    @property
    def area(self):
        print("computing area")
        return 6

match Box.Inner(3):
    case Box.Inner(v):
        print("inner", v)

match Box():
    case Box(area=6):
        print("area 6")
