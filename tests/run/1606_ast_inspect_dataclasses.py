# What _ast carries: inspect (which imports ast) and dataclasses.
import inspect


def function(a, b: int = 2, *args, c, d="x", **kwargs) -> str:
    """Doc."""
    return a


print(inspect.signature(function))
print(list(inspect.signature(function).parameters))
print(inspect.signature(lambda x, /, y=1: None))
print(inspect.getdoc(function), inspect.isfunction(function), inspect.isclass(int))


class Klass:
    def method(self, value, *, flag=False):
        pass


print(inspect.signature(Klass.method), inspect.signature(Klass().method))
print([name for name, _ in inspect.getmembers(Klass) if not name.startswith("__")])

import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


p = Point(1)
print(p, p == Point(1, 0), dataclasses.asdict(p), dataclasses.astuple(Point(2, 3)))
print([field.name for field in dataclasses.fields(Point)])
print(inspect.signature(Point))


@dataclasses.dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]))
try:
    Version(1).major = 2
except dataclasses.FrozenInstanceError as error:
    print("FrozenInstanceError", error)
print(dataclasses.replace(Version(1, 2), minor=5), hash(Version(1)) == hash(Version(1)))
