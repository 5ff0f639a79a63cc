# Subclasses of built-in types: constructors honouring the subtype (__new__ and
# __init__), instance attributes in the side table, overridden methods,
# __slots__ on built-in subclasses, reflected operators of subclasses first,
# final built-in types.
class MyList(list):
    pass
a = MyList([3, 1, 2])
a.sort()
print(a, type(a[:]).__name__, type(a + [1]).__name__, a == [1, 2, 3], list(a), type(list(a)).__name__)
a.x = 1
del a.x
print(hasattr(a, "x"), vars(a))
class L2(list):
    def __init__(self, n):
        list.__init__(self, range(n))
        self.n = n
print(L2(3), L2(3).n)
class D(dict):
    def __init__(self, *args, **kw):
        dict.__init__(self, *args, **kw)
        self.count = len(self)
d = D([(1, 2)], b=3)
print(d, d.count, d.keys(), type(d.copy()).__name__)
class S(str):
    def __new__(cls, value):
        obj = str.__new__(cls, value.upper())
        obj.original = value
        return obj
s = S("abc")
print(s, s.original, s.lower(), type(s.lower()).__name__, s[0], type(s[0]).__name__, s * 2, "%s" % s)
print(format(s), str(s), s.__class__.__name__)
class I(int):
    def __new__(cls, value, unit):
        obj = int.__new__(cls, value)
        obj.unit = unit
        return obj
    def __str__(self):
        return int.__str__(self) + self.unit
i = I(5, "kg")
print(i, repr(i), i + 1, i * 2, i.unit, i > 4, isinstance(i, int), [10, 20, 30, 40, 50, 60][i])
print(divmod(i, 2), hex(i), float(i), round(i), -i, abs(i), i.bit_length())
class B(I):
    pass
print(B(7, "m"), type(B(7, "m")).__mro__)
class F(float):
    def __repr__(self):
        return "F" + float.__repr__(self)
f = F(0.5)
print(f, [f], f + f, type(f + f).__name__, f.is_integer())
class T(tuple):
    def __new__(cls, *items):
        return tuple.__new__(cls, items)
    def __repr__(self):
        return "T" + tuple.__repr__(self)
t = T(1, 2)
print(t, t[0], len(t), t == (1, 2), hash(t) == hash((1, 2)), type(t[:1]).__name__, list(t))
x, y = t
print(x, y, sorted(T(3, 1, 2)), 2 in t, t.count(1), t.index(2))
s2 = set([t, (1, 2)])
print(len(s2))
class MyErr(Exception):
    pass
e = MyErr("a", 2)
e.note = "n"
print(e, repr(e), e.args, e.note, isinstance(e, Exception))
class WithSlots(list):
    __slots__ = ("w",)
ws = WithSlots([1])
ws.w = 5
print(ws, ws.w)
try:
    ws.other = 1
except AttributeError as err:
    print(err)
class NoAttrs(tuple):
    __slots__ = ()
try:
    NoAttrs((1,)).z = 1
except AttributeError as err:
    print(err)
class C(complex): pass
c = C(1, 2); c.a = 1
print(c, type(c).__name__, c.a, c + 1, type(c + 1).__name__)
class B(bytes): pass
b = B(b"ab"); b.a = 2
print(b, type(b).__name__, b.a, b + b"c", len(b))
class BA(bytearray): pass
ba = BA(b"xy"); ba.a = 3
print(ba, type(ba).__name__, ba.a)
class En(enumerate): pass
e = En("ab")
print(type(e).__name__, list(e))
class Z(zip): pass
print(type(Z([1], [2])).__name__, list(Z([1], [2])))
class M(map): pass
print(type(M(str, [1])).__name__, list(M(str, [1, 2])))
class F(filter): pass
print(type(F(None, [0, 1])).__name__, list(F(None, [0, 1])))
class R(reversed): pass
print(type(R([1, 2])).__name__, list(R([1, 2])))
class P(property): pass
class H:
    @P
    def x(self): return 5
print(H().x, type(H.__dict__["x"]).__name__)
class SM(staticmethod): pass
class CM(classmethod): pass
class K:
    @SM
    def s(): return "s"
    @CM
    def c(cls): return cls.__name__
print(K.s(), K.c(), K().c())
class FS(frozenset): pass
fs = FS([1, 2]); fs.q = 1
print(sorted(fs), type(fs).__name__, fs.q, fs == frozenset([1, 2]))
class T(type): pass
class WithT(metaclass=T): pass
print(type(WithT).__name__)
class Sup(super): pass
class A:
    def f(self): return "A.f"
class Bb(A):
    def f(self): return "B.f"
print(Sup(Bb, Bb()).f(), type(Sup(Bb, Bb())).__name__)
class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __eq__(self, o): return "A.eq"
class B(A):
    def __radd__(self, o): return "B.radd"
    def __eq__(self, o): return "B.eq"
class C(A): pass
print(A() + B(), A() + C(), B() + A(), A() == B(), B() == A())
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __eq__(self, o): return "MyInt.eq"
    __hash__ = int.__hash__
print(1 + MyInt(2), MyInt(2) + 1, 1 == MyInt(1), MyInt(1) == 1, 2.5 + MyInt(1))
class MyList(list):
    def __eq__(self, o): return "ML.eq"
print([1] == MyList([1]), MyList() == [], [1] + MyList([2]))
try:
    class X(bool):
        pass
    print('bool', 'subclassed')
except TypeError as e:
    print('bool', e)
try:
    class X(range):
        pass
    print('range', 'subclassed')
except TypeError as e:
    print('range', e)
try:
    class X(slice):
        pass
    print('slice', 'subclassed')
except TypeError as e:
    print('slice', e)
try:
    class X(type(None)):
        pass
    print('type(None)', 'subclassed')
except TypeError as e:
    print('type(None)', e)
try:
    class X(type(NotImplemented)):
        pass
    print('type(NotImplemented)', 'subclassed')
except TypeError as e:
    print('type(NotImplemented)', e)
try:
    class X(type(len)):
        pass
    print('type(len)', 'subclassed')
except TypeError as e:
    print('type(len)', e)
try:
    class X(type(lambda: 0)):
        pass
    print('type(lambda: 0)', 'subclassed')
except TypeError as e:
    print('type(lambda: 0)', e)
try:
    class X(type(iter([]))):
        pass
    print('type(iter([]))', 'subclassed')
except TypeError as e:
    print('type(iter([]))', e)
try:
    class X(type({}.keys())):
        pass
    print('type({}.keys())', 'subclassed')
except TypeError as e:
    print('type({}.keys())', e)
try:
    class X(type(int.__add__)):
        pass
    print('type(int.__add__)', 'subclassed')
except TypeError as e:
    print('type(int.__add__)', e)
try:
    class X(type((1).__add__)):
        pass
    print('type((1).__add__)', 'subclassed')
except TypeError as e:
    print('type((1).__add__)', e)
try:
    class X(complex):
        pass
    print('complex', 'subclassed')
except TypeError as e:
    print('complex', e)
try:
    class X(bytes):
        pass
    print('bytes', 'subclassed')
except TypeError as e:
    print('bytes', e)
try:
    class X(bytearray):
        pass
    print('bytearray', 'subclassed')
except TypeError as e:
    print('bytearray', e)
try:
    class X(super):
        pass
    print('super', 'subclassed')
except TypeError as e:
    print('super', e)
try:
    class X(frozenset):
        pass
    print('frozenset', 'subclassed')
except TypeError as e:
    print('frozenset', e)
