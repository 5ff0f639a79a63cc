# __del__ added to or removed from a class after its creation, inherited,
# and defined on a subclass of a built-in type.
import gc

class A:
    pass

def finalizer(self):
    print("dynamic del", self.tag)

def make(tag):
    instance = A()
    instance.tag = tag

A.__del__ = finalizer
make("a")
del A.__del__
make("b")
print("no del for b")

class Base:
    def __del__(self):
        print("base del", type(self).__name__)

class Derived(Base):
    pass

Derived()

class Overriding(Base):
    def __del__(self):
        print("overriding del")
        super().__del__()

Overriding()

class MyList(list):
    def __del__(self):
        print("mylist del", len(self))

MyList([1, 2, 3])

class MyDict(dict):
    def __del__(self):
        print("mydict del", sorted(self))

d = MyDict(x=1)
d["self"] = d
del d
gc.collect()

# __del__ may touch other objects and call functions freely.
log = []

class Logger:
    def __del__(self):
        log.append(sorted(k for k in vars(self)))

x = Logger()
x.one = 1
x.two = 2
del x
print(log)
print("end")
