# _collections.OrderedDict: order kept through move_to_end and popitem,
# order-sensitive equality, the views, repr, copy, | and subclasses.
from _collections import OrderedDict


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


od = OrderedDict(a=1, b=2)
od["c"] = 3
od["a"] = 10
print(od, list(od), len(od), od["a"])
print(od.keys(), od.values(), od.items(), type(od.keys()).__name__, isinstance(od.keys(), type({}.keys())))
od.move_to_end("a")
print(list(od))
od.move_to_end("a", last=False)
print(list(od))
od.move_to_end("b", False)
od.move_to_end("b", False)
print(list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
attempt(lambda: OrderedDict().popitem())
attempt(lambda: od.move_to_end("zz"))
attempt(lambda: OrderedDict(1, 2))
attempt(lambda: od.popitem(1, 2))
print(OrderedDict(), OrderedDict([(1, OrderedDict())]), OrderedDict({"x": 1}, y=2))
recursive = OrderedDict()
recursive["self"] = recursive
print(recursive)

first = OrderedDict([("x", 1), ("y", 2)])
second = OrderedDict([("y", 2), ("x", 1)])
print(first == second, first != second, dict(first) == second, first == dict(second), first == first.copy())
print(OrderedDict(a=[1]) == OrderedDict(a=[1]), OrderedDict() == {}, first == [("x", 1)])
copied = first.copy()
copied["z"] = 3
print(copied, first, type(copied).__name__)
print(first | {"q": 0}, {"q": 0} | first, type({"q": 0} | first).__name__)
merged = OrderedDict(first)
merged |= [("w", 5)]
print(merged)
reduced = first.__reduce__()
print(reduced[0].__name__, reduced[1:4], list(reduced[4]))
print(OrderedDict.fromkeys("abc", 0), first.setdefault("n", 7), first.pop("x"), first.get("y"), first)
first.update({"b": 1}, c=2)
first.update([("d", 3)])
print(first)


class Logging(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


logged = Logging([("k", 1)], j=2)
logged.update(m=3)
print(logged, logged.copy(), type(logged.copy()).__name__)


class Last(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


last = Last()
for key in "abcab":
    last[key] = key.upper()
print(last, OrderedDict[str, int])
big = OrderedDict((i, i * i) for i in range(1000))
for i in range(0, 1000, 3):
    big.move_to_end(i, last=(i % 2 == 0))
print(list(big)[:8], list(big)[-4:], sum(big.values()))
