# Reference cycles through the native iterators and callables are collected.
import gc, weakref, itertools, functools, operator
class Box:
    pass
def check(name, make):
    box = Box()
    holder = make(box)
    box.ref = holder
    probe = weakref.ref(box)
    del box, holder
    gc.collect()
    print(name, probe() is None)
check('partial', lambda b: functools.partial(print, b))
check('chain', lambda b: itertools.chain([b]))
check('cycle', lambda b: (lambda c: (next(c), c)[1])(itertools.cycle([b])))
check('tee', lambda b: itertools.tee([b, b])[0])
check('groupby', lambda b: itertools.groupby([b]))
check('product', lambda b: (lambda p: (next(p), p)[1])(itertools.product([b])))
check('zip_longest', lambda b: itertools.zip_longest([b], fillvalue=b))
check('itemgetter', lambda b: operator.itemgetter(b))
check('methodcaller', lambda b: operator.methodcaller('x', b, k=b))
check('cmp_to_key', lambda b: functools.cmp_to_key(b)(b))
def cached(b):
    @functools.lru_cache(maxsize=2)
    def f(x):
        return b
    f(1); f(2); f(3)
    return f
check('lru_cache', cached)
def unbounded(b):
    @functools.lru_cache(maxsize=None)
    def f(x):
        return b
    f(1)
    return f
check('lru_cache unbounded', unbounded)
check('accumulate', lambda b: itertools.accumulate([b], initial=b))
check('islice', lambda b: itertools.islice([b], 1))
check('repeat', lambda b: itertools.repeat(b))
check('count', lambda b: itertools.count(0, 1) if False else itertools.starmap(b, []))
