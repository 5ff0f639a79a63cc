# Exceptions raised by __del__ and by weak-reference callbacks cannot
# propagate: they are reported on stderr ("Exception ignored in: ...")
# and the program goes on.
import gc
import weakref

class Faulty:
    def __del__(self):
        print("faulty del runs")
        raise ValueError("from __del__")

f = Faulty()
del f
print("after del")

class A:
    pass

a = A()
r = weakref.ref(a, lambda ref: 1 / 0)
del a
print("after callback")

g = Faulty()
g.me = g
del g
print("collected", gc.collect())
print("end")
