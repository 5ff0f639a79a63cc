# __del__ runs when the last reference goes, once for objects found in
# cycles (PEP 442), and an object may resurrect itself.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

x = Noisy("x")
del x
print("after del x")

y = Noisy("y")
y = Noisy("y2")
print("after rebinding y")

def scope():
    local = Noisy("local")
    print("in scope")

scope()
print("after scope")

items = [Noisy("item0"), Noisy("item1")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")

# Objects in a cycle: their finalizers run when the collector finds them.
a = Noisy("a")
b = Noisy("b")
a.other = b
b.other = a
del a, b
print("cycle unreferenced")
print("collected", gc.collect())

# Resurrection: the finalizer stores the object; it is not freed, and its
# finalizer does not run again.
saved = []

class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)

p = Phoenix()
p.me = p
del p
print("collected", gc.collect())
print("saved", len(saved), type(saved[0]).__name__)
saved[0].me = None
saved.clear()
print("cleared saved")
print("collected", gc.collect())

# A finalizer on a class inheriting __del__.
class Child(Noisy):
    pass

c = Child("child")
del c

# __del__ sees its attributes intact when collected in a cycle.
class Holder:
    def __del__(self):
        print("holder sees", self.data, self.me is self)

h = Holder()
h.data = [1, 2, 3]
h.me = h
del h
gc.collect()

# Finalizers of a cycle run before any of its objects is cleared.
class Pair:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(self.name, "partner", self.partner.name)

p1 = Pair("p1")
p2 = Pair("p2")
p1.partner = p2
p2.partner = p1
del p1, p2
gc.collect()

# Deleting the attribute that holds the last reference.
class Box:
    pass

box = Box()
box.content = Noisy("content")
del box.content
print("end")
