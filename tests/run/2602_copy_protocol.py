# copy.copy and copy.deepcopy over the reduce protocol: instances,
# __slots__, subclasses of built-in types, iterators mid-way, collections.
import collections
import copy
import functools


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


class Slotted:
    __slots__ = ("x", "y")


tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
print(clone.value, [c.value for c in clone.children], clone.children[1].children[0].value, clone is not tree,
      clone.children[0] is not tree.children[0])
shallow = copy.copy(tree)
print(shallow.children is tree.children)

s = Slotted()
s.x = [1]
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.x is s.x, d.x == s.x, d.x is s.x, hasattr(d, "y"))

cycle = Node(0)
cycle.children.append(cycle)
again = copy.deepcopy(cycle)
print(again.children[0] is again)

for iterable in ([1, 2, 3], (1, 2, 3), "abc", b"abc", bytearray(b"abc"), range(3), {1: 2, 3: 4}, {5, 6}):
    it = iter(iterable)
    next(it)
    copied = copy.copy(it)
    print(type(it).__name__, list(copied), list(it))
for make in (lambda: reversed([1, 2, 3]), lambda: enumerate("xyz", 5), lambda: zip("ab", "cd"),
             lambda: map(str, [1, 2]), lambda: filter(None, [0, 1, 2]), lambda: reversed((1, 2, 3))):
    it = make()
    next(it)
    print(type(it).__name__, list(copy.copy(it)), list(it))
exhausted = iter([1])
list(exhausted)
print(exhausted.__reduce__(), list(copy.copy(exhausted)))

od = collections.OrderedDict(b=1, a=2)
od.note = "attr"
od2 = copy.deepcopy(od)
print(od2, od2.note, vars(collections.OrderedDict()))
dd = collections.defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["k"].append(2)
print(dd, dd2, dd2.default_factory)
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2.maxlen, dq2[1] is not dq[1])


class MyDeque(collections.deque):
    pass


m = MyDeque([1, 2])
m.label = "L"
m2 = copy.deepcopy(m)
print(type(m2).__name__, m2, m2.label)
p = functools.partial(max, 1, key=abs)
p2 = copy.deepcopy(p)
print(p2(-5), p2.args, p2.keywords)
P = collections.namedtuple("P", "x y")
print(copy.deepcopy(P(1, [2])), copy.copy(P(3, 4)))
print(copy.copy(1 + 2j), copy.deepcopy(frozenset({1})), copy.deepcopy(bytearray(b"z")), copy.copy(slice(1, 2)))
e = ValueError("bad", 2)
e.extra = 1
e2 = copy.copy(e)
print(repr(e2), e2.extra)
o = OSError(2, "No such file", "f.txt")
print(repr(copy.copy(o)), copy.copy(o).filename)
i = ImportError("msg", name="mod", path="/p")
i2 = copy.copy(i)
print(repr(i2), i2.name, i2.path)
