# abc over the native _abc: abstract method sets, subclass hooks, virtual
# subclasses, the caches and their invalidation.
import abc
import _abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(Sized, Sized))


class Registered(abc.ABC):
    pass


token = abc.get_cache_token()
print(Registered.register(int) is int, abc.get_cache_token() == token + 1, isinstance(5, Registered), issubclass(bool, Registered))
print(isinstance("s", Registered), issubclass(str, Registered))


@Registered.register
class Virtual:
    pass


print(isinstance(Virtual(), Registered), Registered in Virtual.__mro__)
registry, cache, negative, version = _abc._get_dump(Registered)
print(sorted(r().__name__ for r in registry), sorted(c().__name__ for c in cache), sorted(n().__name__ for n in negative))
Registered._abc_caches_clear()
print(_abc._get_dump(Registered)[1:3])
Registered._abc_registry_clear()
print(_abc._get_dump(Registered)[0], isinstance(5, Registered))


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


attempt(lambda: Registered.register(5))
attempt(lambda: issubclass(5, Registered))
attempt(lambda: Shape.register(Shape))
attempt(lambda: Square.register(Shape))


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


attempt(lambda: issubclass(int, Bad))


class Meta(abc.ABCMeta):
    pass


class Base(metaclass=Meta):
    @abc.abstractmethod
    def run(self):
        pass


class Derived(Base):
    run = 1


print(sorted(Base.__abstractmethods__), Derived.__abstractmethods__, type(Derived).__name__)
for _ in range(3):
    class Temporary(Registered):
        pass
    isinstance(Temporary(), Registered)
print(isinstance(Temporary(), Registered))
