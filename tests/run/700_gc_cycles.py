# Reference cycles are collected by gc.collect(), which returns how many
# unreachable objects it found.
import gc

gc.collect()

# A list containing itself.
l = []
l.append(l)
del l
print("list", gc.collect())

# A dict containing itself.
d = {}
d["self"] = d
del d
print("dict", gc.collect())

# Instances referring to each other.
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

a = Node("a")
b = Node("b")
a.next = b
b.next = a
del a, b
print("instances", gc.collect())

# A ring of ten lists, made in a function (its registers are released
# when it returns).
def ring():
    first = last = [0]
    for i in range(1, 10):
        item = [i, last]
        last = item
    first.append(last)

ring()
print("ring", gc.collect())

# Nothing left.
print("again", gc.collect())

# Tuples and sets in cycles (through a list).
holder = []
holder.append((holder, 1))
holder.append({frozenset([1, 2])})
del holder
print("tuple cycle", gc.collect())

# Objects reachable from outside survive a collection.
keep = []
keep.append(keep)
print("kept", gc.collect(), len(keep))
del keep
print("freed", gc.collect())

# A cycle through a closure cell and a function default.
def make():
    def inner(x=[]):
        return inner
    inner.__defaults__[0].append(inner)
    return inner

def use():
    f = make()
    return f() is f

print(use())
print("closure collected", gc.collect() > 0)

# A class whose method uses super() and __class__ (a cell holds the class).
class Base:
    def greet(self):
        return "base"

class Derived(Base):
    def greet(self):
        return "derived+" + super().greet() + "+" + __class__.__name__

print(Derived().greet())
del Base, Derived
print("classes collected", gc.collect() > 0)

# gc.is_tracked: containers are tracked, atoms are not.
class C:
    pass

print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked(None))
print(gc.is_tracked(int), gc.is_tracked(object()), gc.is_tracked(set()), gc.is_tracked(([],)))
