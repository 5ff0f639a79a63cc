# Abstract classes: abc.ABCMeta's __abstractmethods__ makes object.__new__
# refuse instances until every abstract method is overridden.
import abc


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @abc.abstractmethod
    def stop(self):
        ...


class Half(Base):
    def run(self):
        return "running"


class Whole(Half):
    def stop(self):
        return "stopped"


attempt(lambda: Base())
attempt(lambda: Half())
print(Whole().run(), Whole().stop(), Whole.__abstractmethods__)


class Later:
    pass


Later.__abstractmethods__ = frozenset({"z", "a"})
attempt(Later)
Later.__abstractmethods__ = ()
print(type(Later()).__name__)
Later.__abstractmethods__ = ["only"]
attempt(Later)
del Later.__abstractmethods__
print(type(Later()).__name__)
attempt(lambda: Later.__abstractmethods__)
attempt(lambda: type.__abstractmethods__)
attempt(lambda: int.__abstractmethods__)


def forget():
    del Later.__abstractmethods__


attempt(forget)


class Value(abc.ABC):
    @property
    @abc.abstractmethod
    def amount(self):
        ...


class Fixed(Value):
    amount = 3


attempt(Value)
print(Fixed().amount)
