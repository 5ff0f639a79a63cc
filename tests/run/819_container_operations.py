# Containers: subclass reprs, errors of list/tuple/dict/set operations, slice assignment, builtins over iterables.
one_point_five, letter = 1.5, "a"
class MyList(list):
    def __repr__(self):
        return "MyList(" + list.__repr__(self) + ")"
m = MyList([1]); m.append(m); print(m)
class MyDict(dict):
    pass
d = MyDict(a=1); d["self"] = d; print(d, repr(d))
s = set(); fs = frozenset([1, 2]); print(fs, set([fs]), {frozenset(): 1})
class MySet(set): pass
print(MySet([1]), MySet(), frozenset(), type(MySet([1]) | {2}).__name__, type(frozenset([1]) | {2}).__name__)
class MyFS(frozenset): pass
print(MyFS([1]), repr(MyFS()), type(MyFS([1]) & {1}).__name__)
class Deque:
    def __init__(self): self.items = []
    def __repr__(self): return "Deque(%r)" % (self.items,)
q = Deque(); q.items.append(q)
try: print(q)
except RecursionError as e: print("RecursionError", e)
print([1, [2, [3]]], {1: {2: {3: {}}}}, ((),), [()], {()}, [[]] * 2)
l = [1, 2, 3]
print(l.index(2), l.index(3, -1), l.count(2), l * 0, l[::-1], l[-100:100], l[5:], 3 in l)
for f in [lambda: l.index(9), lambda: l.remove(9), lambda: [].pop(), lambda: l.pop(10), lambda: l[10], lambda: l.__setitem__(10, 1), lambda: l.index(1, 'a'), lambda: l.insert('a', 1), lambda: (1, 2).index(3), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: {}['k'], lambda: {}[[1]], lambda: {[1]: 2}, lambda: {[1]}, lambda: frozenset([[1]]), lambda: [1, 2][one_point_five], lambda: (1,)[letter], lambda: 'abc'[one_point_five], lambda: [1] + (2,), lambda: (1,) + [2], lambda: [1] * 'a', lambda: [1] < 'a', lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: {}.fromkeys(1), lambda: {1: 2} < {1: 2}, lambda: {1} < [1], lambda: l.sort(key=1), lambda: sorted(1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 3, 4, 5]
a[1:3] = 'xy'; print(a)
a[::2] = [0, 0, 0]; print(a)
try: a[::2] = [1]
except ValueError as e: print(e)
del a[::2]; print(a)
a[5:] = [9]; print(a)
a[1:1] = range(3); print(a)
b = [3, 1, 2]; b.sort(reverse=True); print(b, sorted(b, key=lambda x: -x), list(reversed(b)))
dd = {'b': 1, 'a': 2}
print(sorted(dd), list(dd.items()), dd.get('z'), dd.setdefault('c', 3), dd.pop('z', 'dflt'), dd, dict(sorted(dd.items())))
print({**dd, 'd': 4}, dict(dd, e=5), dict(zip('ab', [1, 2])), {k: v for k, v in zip('xy', range(2))})
print(dict.fromkeys([1, 2]), {1: 'a'} == {1: 'a'}, {1: 1} != {1: 2}, len({1: 2, 1.0: 3}), {1: 2, 1.0: 3}, {True: 1, 1: 2})
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, s1.issubset(range(10)), s1.union([9], (8,)), s1.intersection('ab'), s1.isdisjoint([7]))
s3 = set(s1); s3 &= {1}; print(s3, s1.symmetric_difference([1, 5]), frozenset(s1) == s1, {1, 2} == frozenset({1, 2}))
t = (1, 2, 3)
print(t < (1, 2, 4), t == (1, 2, 3), t + (4,), t * 2, t[1:], hash(t) == hash((1, 2, 3)), (1, [2]) == (1, [2]))
print(list(range(10))[::3], range(10)[2:8:2], range(0, 10, 3)[-1], len(range(0, -10, -3)), range(5) == range(0, 5), 3 in range(1, 10, 2), range(10).index(4), range(10).count(3))
print(list(enumerate('ab', start=5)), list(zip('ab', 'cde')), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, '', 'a'])))
try: list(zip('ab', 'c', strict=True))
except ValueError as e: print(e)
print(sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), 10), min([3, 1, 2], key=lambda x: -x), max('abc', default=0), min([], default='none'), max(1, 2, 3))
print(any([]), all([]), any(x > 2 for x in [1, 3]), abs(-3), divmod(7, -2), pow(2, -1), pow(3, 4, 5), pow(2, -1, 5), bin(-5), oct(8), hex(255), chr(65), ord('é'))
