# _collections.defaultdict, _count_elements and _tuplegetter.
from _collections import _count_elements, _tuplegetter, defaultdict


def attempt(function):
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)


groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups, len(groups), groups.default_factory)
print(groups["z"], "z" in groups, groups.get("y"), "y" in groups)
counts = defaultdict(int)
for letter in "mississippi":
    counts[letter] += 1
print(counts, dict(counts) == counts)
print(defaultdict(None, a=1), defaultdict(), defaultdict(list, [(1, 2)], b=3))
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict()[1])
attempt(lambda: defaultdict(None, 1))
attempt(lambda: defaultdict(list).__missing__())
attempt(lambda: defaultdict(list) | 1)
print(defaultdict(list, {1: 2}) | {3: 4}, {3: 4} | defaultdict(list, {1: 2}))
merged = defaultdict(set, {1: {1}})
merged |= {2: {2}}
print(merged, type(merged).__name__)
copied = counts.copy()
print(copied == counts, copied is counts, type(copied).__name__, copied.default_factory)
reduced = groups.__reduce__()
print(reduced[0].__name__, reduced[1], reduced[2:4], list(reduced[4])[:2])
counts.default_factory = None
attempt(lambda: counts["q"])
recursive = defaultdict()
recursive.default_factory = recursive
print(recursive)
recursive[1] = recursive
print(recursive)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


tree = Tree()
tree["a"]["b"]["c"] = 1
print(tree, type(tree["a"]).__name__)
print(defaultdict[str, int], defaultdict.__module__, issubclass(defaultdict, dict))

tally = {}
_count_elements(tally, "abracadabra")
print(tally)
_count_elements(tally, ["a", "z"])
print(tally)


class Noisy(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value)


noisy = Noisy()
_count_elements(noisy, "aab")
print(noisy)
attempt(lambda: _count_elements(tally, 1))
attempt(lambda: _count_elements(1, "a"))
attempt(lambda: _count_elements(tally))

first = _tuplegetter(0, "first item")
second = _tuplegetter(1, None)


class Pair(tuple):
    a = first
    b = second


p = Pair((3, 4))
print(p.a, p.b, Pair.a, Pair.a.__doc__, first.__reduce__())
first.__doc__ = "changed"
print(first.__doc__)
attempt(lambda: setattr(p, "a", 1))
attempt(lambda: delattr(p, "a"))
attempt(lambda: first.__get__([1, 2]))
attempt(lambda: _tuplegetter(5, None).__get__((1,)))
attempt(lambda: _tuplegetter("a", None))
attempt(lambda: _tuplegetter(1))
