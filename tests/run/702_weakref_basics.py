# weakref.ref: calling it gives the referent or None, callbacks run when
# the referent dies, equality and hashing follow the referent.
import gc
import weakref

class A:
    pass

a = A()
r = weakref.ref(a)
print(r() is a, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(a) is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])

events = []
r2 = weakref.ref(a, lambda ref: events.append(("r2", ref is r2, ref())))
r3 = weakref.ref(a, lambda ref: events.append(("r3", ref is r3, ref())))
print(r2 is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r3, r2])
print(r2.__callback__ is not None, r.__callback__)
del a
print(r(), r2(), events)
print(r2.__callback__)

# Equality: live references compare their referents, dead ones by identity.
class Same:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

s1, s2 = Same(), Same()
w1, w2 = weakref.ref(s1), weakref.ref(s2)
print(w1 == w2, w1 != w2, w1 == 1, w1 != 1)
del s1
print(w1 == w2, w1 == w1, w1 != w2)

# Hashing: the referent's hash, kept after it died; never hashed before it died: TypeError.
b = A()
rb = weakref.ref(b)
h = hash(rb)
print(h == hash(b))
del b
print(hash(rb) == h)
c = A()
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as error:
    print("TypeError:", error)

# A weak reference as a dict key.
d = A()
table = {weakref.ref(d): "value"}
print(table[weakref.ref(d)])

# What can be weakly referenced.
def function():
    pass

def generator():
    yield 1

for obj in [A(), A, function, generator(), set(), frozenset(), len, [].append, A().__init__ if hasattr(A, "__init__") else None]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as error:
        print(error)

for obj in [1, "s", (), [], {}, 1.5, b"b", None, object(), range(3), slice(1)]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as error:
        print(error)

class WithSlots:
    __slots__ = ("x",)

class WithWeakSlot:
    __slots__ = ("x", "__weakref__")

class FromSlots(WithSlots):
    pass

for cls in [WithSlots, WithWeakSlot, FromSlots]:
    try:
        weakref.ref(cls())
        print("ok", cls.__name__)
    except TypeError as error:
        print(error)

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyTuple(tuple):
    pass

class MyInt(int):
    pass

for obj in [MyList(), MyDict(), MyTuple(), MyInt(1)]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as error:
        print(error)

# Callbacks of references to objects freed in a collection.
e = A()
e.self = e
calls = []
re = weakref.ref(e, lambda ref: calls.append(ref() is None))
del e
print("collected", gc.collect(), calls)

# A weak reference that is itself garbage does not call its callback.
f = A()
f.self = f
f.ref = weakref.ref(f, lambda ref: print("never printed"))
del f
print("collected", gc.collect())

# Errors in callbacks are reported, not raised.
g = A()
rg = weakref.ref(g, lambda ref: print("callback runs"))
del g
print("end")
