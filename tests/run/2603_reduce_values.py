# What __reduce__ and __reduce_ex__ return for built-in objects, as
# CPython 3.11's typeobject.c and the types' own methods build them.
import collections
import functools
import itertools


def show(value):
    if isinstance(value, tuple):
        return "(" + ", ".join(show(item) for item in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(show(item) for item in value) + "]"
    if type(value).__name__.endswith("iterator"):
        return "<iterator>"  # OrderedDict's is odict_iterator in CPython
    text = repr(value)
    return text.split(" at 0x")[0] + ">" if " at 0x" in text else text


class Slots:
    __slots__ = ("a", "b")


slots = Slots()
slots.a = 1


class Instance:
    pass


class SubDeque(collections.deque):
    pass


instance = Instance()
instance.z = 2
objects = {
    "int": 5, "float": 1.5, "complex": 1 + 2j, "str": "ab", "bytes": b"ab", "tuple": (1, 2), "list": [1, 2],
    "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "bytearray": bytearray(b"ab"),
    "empty bytearray": bytearray(), "range": range(1, 5, 2), "slice": slice(1, 2, 3), "bool": True, "None": None,
    "Ellipsis": ..., "NotImplemented": NotImplemented, "enumerate": enumerate("ab", 3),
    "reversed": reversed([1, 2]), "zip": zip([1], [2]), "strict zip": zip([1], [2], strict=True),
    "map": map(abs, [1]), "filter": filter(None, [1]), "deque": collections.deque([1, 2], 5),
    "defaultdict": collections.defaultdict(list, {1: [2]}), "OrderedDict": collections.OrderedDict(a=1),
    "partial": functools.partial(max, 1), "builtin": len, "method descriptor": list.append,
    "bound builtin": [].append, "class method": dict.fromkeys, "ValueError": ValueError(1, 2),
    "OSError": OSError(2, "x", "f"), "KeyError": KeyError("k"), "count": itertools.count(3),
    "count by 2": itertools.count(3, 2), "count float": itertools.count(1.5), "repeat": itertools.repeat("r", 2),
    "repeat forever": itertools.repeat("r"), "object": object(), "generic alias": list[int],
    "ImportError": ImportError("m", name="n", path="p"), "StopIteration": StopIteration(3),
    "namedtuple": collections.namedtuple("P", "x y")(1, 2), "instance": instance, "slots": slots,
    "bound method": instance.__init__, "memoryview": memoryview(b"m"), "deque subclass": SubDeque([1]),
    "slot wrapper": object.__init__, "NoneType()": type(None)(),
}
for name, value in objects.items():
    for protocol in (0, 1, 2, 4):
        try:
            print(name, protocol, show(value.__reduce_ex__(protocol)))
        except Exception as error:
            print(name, protocol, type(error).__name__, error)
    try:
        print(name, "reduce", show(value.__reduce__()))
    except Exception as error:
        print(name, "reduce", type(error).__name__, error)
for it in (iter([1, 2, 3]), iter((1, 2)), iter("ab"), iter(b"ab"), iter(range(4)), iter({1: 2}), iter({1}),
           reversed(range(3)), iter({1: 2}.items())):
    next(it)
    print(type(it).__name__, show(it.__reduce__()))
    list(it)
    print(type(it).__name__, show(it.__reduce__()))
