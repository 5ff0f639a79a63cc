# __dict__ reached by a name made at run time, and instances of classes over slotted bases.
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
class C(B): pass
c = C(); c.x, c.y, c.z = 1, 2, 3
print(c.x, c.y, c.z, hasattr(B(), "__dict__"), hasattr(c, "__dict__"), getattr(c, "__dict__"), vars(c))
class Plain: pass
p = Plain(); p.q = 1
name = "_" + "_dict__"
print(getattr(p, name), hasattr(p, name), getattr(p, "__dict__") is p.__dict__)
class Empty:
    __slots__ = ()
print(hasattr(Empty(), "__dict__"), getattr(Empty(), "__dict__", "none"))
