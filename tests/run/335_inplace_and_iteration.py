# In-place operators: the left operand's __iadd__ & co. first (NotImplemented
# falls back to the binary operator), built-in in-place slots; iteration
# through __getitem__ (until IndexError or StopIteration) wherever Python
# iterates, __iter__ = None, __iter__ returning a non-iterator.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd", other)
        self.items.append(other)
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.items + [other])
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print("sub", other)
        return Acc(self.items[:-1])
    def __repr__(self):
        return "Acc(" + repr(self.items) + ")"
a = Acc([1])
b = a
a += 2
print(a, b, a is b)
a -= 1
print(a, b, a is b)
class OnlyAdd:
    def __add__(self, other):
        return "added"
x = OnlyAdd()
x += 1
print(x)
class Num:
    def __init__(self, v): self.v = v
    def __imul__(self, o):
        self.v *= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __itruediv__(self, o): self.v /= o; return self
n = Num(3)
n *= 4; print(n.v)
n **= 2; print(n.v)
n |= 1; print(n.v)
n //= 3; print(n.v)
n %= 40; print(n.v)
n <<= 2; print(n.v)
n >>= 1; print(n.v)
n &= 0xff; print(n.v)
n ^= 5; print(n.v)
n /= 4; print(n.v)
l = [1]
l2 = l
l += (2, 3)
l *= 2
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "a"
s += "b"
print(s)
class MyList(list):
    def __iadd__(self, other):
        print("MyList iadd")
        return list.__iadd__(self, other)
m = MyList([1])
m += [2]
print(m, type(m).__name__)
# The sequence protocol for iteration
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), sorted(Seq(), reverse=True), tuple(Seq()))
for v in Seq():
    print("item", v)
x, y, z = Seq()
print(x, y, z, sum(Seq()), max(Seq()), list(enumerate(Seq())), list(zip(Seq(), "abc")))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))
class Both:
    def __iter__(self):
        return iter([7, 8])
    def __getitem__(self, i):
        return 99
print(list(Both()))
class NotIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
for bad in [BadIter()]:
    try:
        iter(bad)
    except TypeError as e:
        print(e)
    try:
        for v in bad:
            pass
    except TypeError as e:
        print(e)
    try:
        list(bad)
    except TypeError as e:
        print(e)
try:
    for v in 5:
        pass
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    3 in 5
except TypeError as e:
    print(e)
try:
    3 in BadIter()
except TypeError as e:
    print(e)
class SeqErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(SeqErr())
except KeyError as e:
    print("KeyError", e)
try:
    x = Acc([])
    x *= 1
except TypeError as e:
    print(e)
try:
    q = OnlyAdd()
    q -= 1
except TypeError as e:
    print(e)
