# The empty tuple is a single object, however it is made.
empty = ()
made = [tuple(), (1, 2)[5:], () + (), (1,) * 0, tuple([]), tuple(x for x in []), (3, 4)[1:1], ()]
print([item is empty for item in made])
class T(tuple): pass
t = T()
print(t is empty, type(t).__name__, t == empty, T([1]))
def f(*args): return args
print(f() is empty, len(empty), hash(()) == hash(tuple()))
