# functools over the native _functools: reduce, partial, cmp_to_key, lru_cache.
import functools as f
import _functools
print([n for n in dir(_functools) if not n.startswith('__')])
print(f.partial is _functools.partial, f.reduce is _functools.reduce, f.cmp_to_key is _functools.cmp_to_key, f._lru_cache_wrapper is _functools._lru_cache_wrapper)
def g(*a, **kw): return (a, kw)
p = f.partial(g, 1, b=2); print(p.func is g, p.args, p.keywords, p(), p(3, c=4), p(b=9))
class P(f.partial): pass
print(repr(P(len, [1]))[:5], P(len, [1])())
p2 = f.partial(p, 3, c=4); print(p2.func is g, p2.args, p2.keywords, p2(5))
p.x = 1; print(p.__dict__)
p3 = f.partial(p, 5); print(p3.func is p)
print(repr(f.partial(len)) .startswith('functools.partial(<built-in function len>'), repr(f.partial(max, 1, 2, key=abs)))
K = f.cmp_to_key(lambda a, b: (a > b) - (a < b)); print(type(K), type(K(1)), K(1).obj, K(1) < K(2), K(2) <= K(1), K(3) == K(3))
print(sorted([3, 1, 2], key=f.cmp_to_key(lambda a, b: b - a)))
for bad in [lambda: hash(K(1)), lambda: K(1) < 1, lambda: f.partial(), lambda: f.partial(1), lambda: f.reduce(len),
            lambda: f.reduce(len, []), lambda: f.reduce(len, 1), lambda: f.reduce(function=len, iterable=1),
            lambda: f.cmp_to_key(), lambda: K(), lambda: setattr(p, 'func', 1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(f.reduce(lambda a, b: a + b, [1, 2, 3], 10), f.reduce(lambda a, b: a * b, range(1, 6)), f.reduce(max, [7]))
print(f.partial(max, key=len)('ab', 'c'))

@f.lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())

@f.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@f.cache
def ident(*a, **k):
    return (a, k)
print(ident(1), ident(1), ident(1.0), ident(a=1), ident(a=1), ident.cache_info())
@f.lru_cache(typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
@f.lru_cache(0)
def nocache(x): return x
print(nocache(1), nocache(1), nocache.cache_info())
@f.lru_cache
def bare(x): return -x
print(bare(5), bare(5), bare.cache_info())
try: sq([1])
except TypeError as e: print(e)
class C:
    @f.lru_cache
    def method(self, y):
        return ('m', y)
    @f.cached_property
    def prop(self):
        print('prop computed'); return 42
c = C(); print(c.method(1), c.method(1), C.method.cache_info(), c.prop, c.prop)
print(f.reduce(f.partial(lambda acc, x, scale: acc + x * scale, scale=10), [1, 2, 3], 0))
@f.wraps(len)
def wrapped(x): return 0
print(wrapped.__name__, wrapped.__wrapped__)
print(f.partialmethod)
class T:
    def m(self, a, b): return (a, b)
    pm = f.partialmethod(m, 1)
print(T().pm(2))
