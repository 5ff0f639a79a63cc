# Collections started from finalizers and weak-reference callbacks, and
# garbage made while the collector runs Python code.
import gc
import weakref

class A:
    pass

def callback(ref):
    junk = []
    junk.append(junk)
    print("callback collects", gc.collect() >= 0, ref())

def drop_referent():
    a = A()
    a.ref = weakref.ref(a) if False else None
    return weakref.ref(a, callback)

keep = drop_referent()
print("after drop")

class Collector:
    def __del__(self):
        junk = [self.__class__]
        junk.append(junk)
        print("del collects", gc.collect())

def drop_collector():
    Collector()

drop_collector()
gc.collect()

# During a collection, a finalizer's gc.collect() finds nothing to do.
class Nested:
    def __del__(self):
        print("nested collect", gc.collect())

def cycle_of_nested():
    n = Nested()
    n.me = n

cycle_of_nested()
print("collected", gc.collect())

# Finalizers that make new cycles while the collector runs them.
class Breeder:
    count = 0
    def __del__(self):
        Breeder.count += 1
        if Breeder.count < 3:
            child = Breeder()
            child.me = child

def breed():
    b = Breeder()
    b.me = b

breed()
total = 0
for i in range(5):
    total += gc.collect()
print("breeder finalized", Breeder.count, total)
