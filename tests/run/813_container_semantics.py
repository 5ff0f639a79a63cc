# Containers: sort modified during sort, recursive reprs, dict views as sets, mutation during iteration.
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(l)
l = [3, 1, 2]
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        l.clear()
        return self.v < o.v
l = [K(3), K(1), K(2)]
try: l.sort()
except ValueError as e: print("ValueError", e, len(l))
a = [1]; a.append(a); print(a, repr(a))
d = {}; d['self'] = d; print(d)
s = {1}
class H:
    def __init__(self): self.s = None
    def __repr__(self): return 'H(' + repr(self.s) + ')'
    def __hash__(self): return 1
h = H(); s2 = {h}; h.s = s2; print(s2)
class UL(list): pass
u = UL([1]); u.append(u); print(u)
class UD(dict): pass
ud = UD(); ud[1] = ud; print(ud)

t = (1, [2]); t[1].append(t); print(t)
dv = {1: 2, 3: 4}
print(dv.keys() & {1}, dv.keys() | {5}, dv.keys() - {1}, dv.keys() ^ {1, 7}, dv.items() & {(1, 2)}, {1, 9} & dv.keys(), {1} | dv.keys(), [1] - dv.keys() if False else None)
print(dv.keys() == {1, 3}, dv.keys() < {1, 3, 5}, dv.keys().isdisjoint({9}), dv.items() | [(9, 9)], dv.keys() - [1], dv.keys() ^ [3])
print(type(reversed(dv.keys())).__name__, list(reversed(dv.values())), list(reversed(dv.items())), dv.keys().mapping, type(dv.values().mapping))
print(repr(dv.keys()), repr(dv.values()), repr(dv.items()))
dd = {}; dd[1] = dd.keys(); print(dd)
dd = {}; dd[1] = dd.values(); print(dd)
dd = {}; dd[1] = dd.items(); print(dd)
try: print(dv.values() & {1})
except TypeError as e: print(e)
print({1: 2} | {3: 4}, dict.fromkeys('ab', 0))
x = {1: 2}; x |= [(5, 6)]; print(x)
try: {1: 2} | [(1, 2)]
except TypeError as e: print(e)
l = [1, 2, 3]
try:
    for i in l: l.append(i) if len(l) < 6 else None
except Exception as e: print(e)
print(l)
try:
    for k in dv: dv[k + 10] = 1
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s: s.add(k + 10)
except RuntimeError as e: print(e)
print(sorted([3, 1, 2], reverse=True), sorted("bca", key=str.upper))
l = [1, 2]; l.sort(key=None, reverse=False); print(l)
try: l.sort(1)
except TypeError as e: print(e)
try: [1, 'a'].sort()
except TypeError as e: print(e)
