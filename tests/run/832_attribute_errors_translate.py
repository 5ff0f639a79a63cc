# AttributeError name/obj through __getattr__, properties, getattr, hasattr, setters; str.translate/maketrans/format_map.
class G:
    def __getattr__(self, n):
        raise AttributeError("custom")
try:
    G().foo
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
class H:
    @property
    def p(self):
        raise AttributeError("inner", name="zz")
try:
    H().p
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    getattr(G(), "bar")
except AttributeError as e:
    print(e, e.name)
print(hasattr(G(), "x"), getattr(G(), "y", 5))
import sys
try:
    sys.nothing
except AttributeError as e:
    print(e.name, e.obj is sys)
try:
    (1).real = 2
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    del G().zzz
except AttributeError as e:
    print(e, e.name)
t = str.maketrans({'a': 'b', 'c': None, ord('d'): 'xyz', 'é': 'e'})
print(sorted(t.items()), 'abcdé'.translate(t))
t2 = str.maketrans('ab', 'xy', 'z')
print(sorted(t2.items()), 'aabbzz'.translate(t2))
class M(dict):
    def __missing__(self, k): return None
print('abc'.translate(M()), 'abc'.translate({97: 98}), 'abc'.translate([None, None]), 'abc'.translate({97: 'ABC'}))
for f in [lambda: str.maketrans('ab', 'x'), lambda: str.maketrans({1.5: 'a'}), lambda: str.maketrans({'ab': 'c'}), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: str.maketrans(1), lambda: str.maketrans('a', 'b', 3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print('{a}-{b[0]}-{c.real}'.format_map({'a': 1, 'b': [2], 'c': 3}))
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{x} {y}'.format_map(D(x=1)))
