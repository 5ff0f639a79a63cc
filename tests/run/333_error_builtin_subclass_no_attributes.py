# A tuple subclass with empty __slots__ has no attribute storage.
class T(tuple):
    __slots__ = ()
class U(tuple):
    pass
u = U((1,))
u.x = 1
print(u.x, T((2,)))
T().x = 1
