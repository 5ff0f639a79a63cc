# Which special methods a class's slots call: defined in the class, in a
# base class, after a built-in type in the MRO, added or removed later.


class Base:
    def __repr__(self):
        return "Base-repr"

    def __len__(self):
        return 3

    def __add__(self, other):
        return ("Base.add", other)


class Middle(Base):
    def __radd__(self, other):
        return ("Middle.radd", other)


class Leaf(Middle):
    pass


leaf = Leaf()
print(repr(leaf), len(leaf), leaf + 1, 1 + leaf)


class Mixin:
    def __repr__(self):
        return "Mixin-repr"

    def __neg__(self):
        return "Mixin-neg"


class IntMixed(int, Mixin):
    pass


# int comes before Mixin in the MRO: int's repr and negation.
print(repr(IntMixed(5)), -IntMixed(5), [c.__name__ for c in IntMixed.__mro__])


class MixedInt(Mixin, int):
    pass


print(repr(MixedInt(5)), -MixedInt(5))

# Added to a base after its subclasses exist, then removed.
Base.__neg__ = lambda self: "late-neg"
print(-leaf)
Middle.__neg__ = lambda self: "middle-neg"
print(-leaf)
del Middle.__neg__
print(-leaf)
del Base.__neg__
try:
    -leaf
except TypeError as error:
    print("TypeError:", error)

# Comparisons: any one of the six chooses the comparison slot.
class OnlyGe:
    def __ge__(self, other):
        return "ge"


print(OnlyGe() >= 1, 1 <= OnlyGe())
try:
    OnlyGe() < 1
except TypeError as error:
    print("TypeError:", error)


# __delitem__ alone, __getattr__ alone, __delattr__ alone, __delete__ alone.
class Deleter:
    def __delitem__(self, key):
        print("delitem", key)

    def __getattr__(self, name):
        return "missing " + name

    def __delattr__(self, name):
        print("delattr", name)


deleter = Deleter()
del deleter[4]
print(deleter.anything)
del deleter.other
try:
    deleter[1] = 2
except AttributeError as error:
    print("AttributeError:", error)


class Setter:
    def __setitem__(self, key, value):
        print("setitem", key, value)


setter = Setter()
setter[1] = 2
try:
    del setter[1]
except AttributeError as error:
    print("AttributeError:", error)


class OnlyDelete:
    def __delete__(self, instance):
        print("delete on", type(instance).__name__)


class Holder:
    attribute = OnlyDelete()


holder = Holder()
del holder.attribute
try:
    holder.attribute = 1
except AttributeError as error:
    print("AttributeError:", error)


# __del__ defined in a base runs for instances of a subclass.
class Finalized:
    def __del__(self):
        print("del", type(self).__name__)


class FinalizedChild(Finalized):
    pass


child = FinalizedChild()
del child

# Dunders in a namespace made at run time: keys built by concatenation.
Built = type("Built", (), {"__" + "len__": lambda self: 7, "__" + "iter__": lambda self: iter("ab")})
print(len(Built()), list(Built()))

# __iter__ = None and __hash__ = None opt out.
class NotIterable:
    __iter__ = None
    __hash__ = None


try:
    iter(NotIterable())
except TypeError as error:
    print("TypeError:", error)
try:
    hash(NotIterable())
except TypeError as error:
    print("TypeError:", error)


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__, EqOnly() == 3)
