# CPython's collections package over the native _collections: Counter
# (_count_elements), namedtuple (_tuplegetter), OrderedDict, defaultdict,
# deque, ChainMap, and the ABCs of collections.abc over _abc.
import collections
import collections.abc
import copy

counts = collections.Counter("abracadabra")
print(counts, counts.most_common(2), counts["z"], sorted(counts.elements())[:4], counts.total())
counts.update(["a", "z"])
counts.subtract("aa")
print(counts, +counts, -collections.Counter(a=-2), counts & collections.Counter(a=1), counts | collections.Counter(q=2))

Point = collections.namedtuple("Point", "x y label", defaults=["?"])
p = Point(1, 2)
print(p, p.x, p.label, p._asdict(), Point._make([3, 4, "m"]), p._replace(x=5), Point._fields, Point.x.__doc__)
print(isinstance(p, tuple), p == (1, 2, "?"), Point.__doc__)
try:
    p.x = 3
except AttributeError as error:
    print("AttributeError", error)

od = collections.OrderedDict(b=1, a=2)
od["c"] = 3
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, od.popitem(last=False), list(reversed(od)), od == collections.OrderedDict(a=2, b=1))

groups = collections.defaultdict(list)
for word in "one two three four five six".split():
    groups[len(word)].append(word)
print(groups, dict(groups))

window = collections.deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, sum(window), window.maxlen)

chain = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(chain["a"], chain["b"], sorted(chain), chain.new_child({"c": 4}).maps)
print(collections.UserDict(a=1), collections.UserList([1, 2]) + [3], collections.UserString("ab").upper())

abc = collections.abc
print(isinstance(collections.deque(), abc.MutableSequence), isinstance({}, abc.Mapping), isinstance(od, abc.MutableMapping))
print(issubclass(collections.defaultdict, abc.MutableMapping), isinstance(p, abc.Sequence), isinstance(3, abc.Hashable))
print(isinstance(iter([]), abc.Iterator), isinstance(range(3), abc.Sized), issubclass(list, abc.Reversible), isinstance(1, abc.Iterable))

for obj in [collections.deque([[1], [2]], maxlen=5), groups, od, counts]:
    print(copy.deepcopy(obj) == obj, type(copy.copy(obj)).__name__, obj.__reduce__()[0].__name__)
