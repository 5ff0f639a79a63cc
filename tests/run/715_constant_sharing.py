# Equal constants share one co_consts slot; identifier-like strings are
# interned across code objects, as CPython does.
def f():
    a = 'key'
    b = 'key'
    c = 'two words'
    d = 'two words'
    e = 1.5
    g = 1.5
    h = -0.0
    i = 0.0
    return a is b, c is d, e is g, h is i, 1 == True, str(h), str(i)
print(f())
def g():
    return 'key'
def k():
    return 'key'
print(g() is k())
d = {'alpha': 1, 'beta': 2}
print(d['alpha'], d.get('beta'), 'alpha' in d)
