# Special methods that are other callables than functions: builtin methods, staticmethods, callables.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, sorted(a))
del a.x
print(a)
try:
    a.missing
except KeyError as e:
    print("KeyError", e)
class Caller:
    def __call__(self, obj, *args):
        return ("called", type(obj).__name__, args)
class UsesCallable:
    __len__ = lambda self: 7
    __getitem__ = Caller()
    __repr__ = lambda self: "UC"
u = UsesCallable()
print(len(u), u[3], repr(u), str(u))
class Static:
    @staticmethod
    def __getitem__(key): return ("static", key)
print(Static()["k"])
class Sized(list):
    __len__ = list.__len__
    __iter__ = list.__iter__
print(len(Sized([1, 2])), list(Sized([3])))
class Eq:
    __eq__ = lambda self, other: "eq-result"
    __hash__ = object.__hash__
print(Eq() == 1, Eq() != 1)
