# Subclasses of built-in types calling their bases through super():
# __init__, methods, __setitem__, __missing__, exceptions.
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "t"
    def total(self):
        return sum(self)
    def append(self, x):
        print("append", x)
        super().append(x * 10)
m = MyList([1, 2])
m.append(3)
print(m, m.tag, m.total(), type(m).__name__, len(m), isinstance(m, list), m[0], m[1:])
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __missing__(self, k):
        return "missing " + k
d = MyDict(a=1)
d["b"] = 2
d.note = "n"
print(d, d["b"], d["zz"], d.note, type(d).__name__)
class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
i = MyInt(21)
i.label = "x"
print(i, i.double(), i + 1, type(i + 1).__name__, i == 21, hash(i) == hash(21), i.label, int(i), type(int(i)).__name__)
print(MyInt("ff", 16), MyInt(), MyInt(2**70), isinstance(i, int), str(i), -i, abs(MyInt(-3)))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
s.x = 1
print(s, s.shout(), s + "x", type(s + "x").__name__, len(s), s == "hey", {s: 1}["hey"], s.x, repr(s), type(str(s)).__name__)
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, f * 2, f + 1, f < 3, type(f).__name__, float(f), type(float(f)).__name__, MyFloat("1e3"), 1 + f, 3 > f)
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple([1, 2, 3])
t.n = 5
print(t, t.first(), t.n, len(t), t + (4,), type(t).__name__, MyTuple(), hash(t) == hash((1, 2, 3)))
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__)
class MySet(set):
    pass
ms = MySet([1, 2])
ms.a = 1
print(sorted(ms), ms.a, type(ms).__name__)
class MyError(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
try:
    raise MyError(5)
except MyError as e:
    print(e, e.code, e.args, repr(e))
class E2(ValueError): pass
try:
    raise E2("x")
except ValueError as e:
    print(type(e).__name__, e)
