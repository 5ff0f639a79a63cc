# __set_name__ and __init_subclass__ as type.__new__ calls them: which
# values, in what order, with what arguments; the shortcuts must not change
# what a program sees.


class Named:
    def __init__(self, label):
        self.label = label

    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name)


class Plain:
    first = Named("a")
    middle = 3
    second = Named("b")

    def method(self):
        pass


# A __set_name__ that adds to the class: the copy taken first is iterated.
class Adding:
    def __set_name__(self, owner, name):
        print("adding from", name)
        setattr(owner, name + "_extra", Named("late"))


class Grows:
    one = Adding()
    two = Adding()


print(sorted(name for name in vars(Grows) if not name.startswith("__")))


# __set_name__ found on the value's type, not the instance.
class InstanceOnly:
    pass


value = InstanceOnly()
value.__set_name__ = lambda owner, name: print("never called")


class HoldsInstance:
    item = value


print("instance attribute ignored")


# __set_name__ raising: RuntimeError naming the attribute, chained.
class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Broken:
        bad = Failing()
except RuntimeError as error:
    print(type(error).__name__, error)
    print(type(error.__cause__).__name__, error.__cause__)


# __init_subclass__: a base's hook with keywords, implicitly a classmethod.
class Registry:
    registered = []

    def __init_subclass__(cls, tag=None, **keywords):
        super().__init_subclass__(**keywords)
        cls.registered.append((cls.__name__, tag))


class First(Registry, tag="one"):
    pass


class Second(First):
    pass


print(Registry.registered)


# A hook deeper in the MRO (after a base without one).
class Mixin:
    def __init_subclass__(cls, **keywords):
        print("Mixin hook for", cls.__name__, keywords)


class Left:
    pass


class Joined(Left, Mixin):
    pass


class Keyworded(Left, Mixin, flag=True):
    pass


# object.__init_subclass__ takes no keywords.
try:
    class Rejected(Left, unexpected=1):
        pass
except TypeError as error:
    print("TypeError:", error)


# A metaclass seeing the keywords, __init_subclass__ on the metaclass's
# classes, and type() with three arguments.
class Meta(type):
    def __new__(metatype, name, bases, namespace, **keywords):
        print("Meta.__new__", name, sorted(keywords))
        return super().__new__(metatype, name, bases, namespace)

    def __init__(cls, name, bases, namespace, **keywords):
        super().__init__(name, bases, namespace)


class WithMeta(metaclass=Meta, option=2):
    pass


Dynamic = type("Dynamic", (Registry,), {"attribute": Named("dynamic")})
print(Registry.registered[-1], Dynamic.attribute.label)


# __class_getitem__ is implicitly a classmethod.
class Generic:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Generic[int])


# A __prepare__ namespace that is a dict subclass.
class Recording(dict):
    def __setitem__(self, key, value):
        print("store", key)
        super().__setitem__(key, value)


class PrepareMeta(type):
    @classmethod
    def __prepare__(metatype, name, bases):
        return Recording()


class Prepared(metaclass=PrepareMeta):
    x = 1

    def __len__(self):
        return 4


print(type(Prepared.__dict__).__name__, len(Prepared()), Prepared.x)
