def f(a, b=1, *, c=2): return a, b, c
def g(x, y=5): return x * y
f.__annotations__ = {'a': int}; print(f.__annotations__)
del f.__annotations__; print(f.__annotations__)
f.__defaults__ = (7,); print(f(1))
f.__defaults__ = None; print(f.__defaults__)
try: f(1)
except TypeError as e: print(e)
f.__kwdefaults__ = {'c': 9}; print(f(1, 2))
for attr, v in [('__annotations__', 1), ('__defaults__', [1]), ('__kwdefaults__', 3), ('__code__', 4)]:
    try: setattr(f, attr, v)
    except TypeError as e: print(e)
f.__code__ = g.__code__; print(f(3, 2), f.__name__)
def outer():
    z = 1
    def inner(): return z
    return inner
try: f.__code__ = outer().__code__
except ValueError as e: print(e)
try: del f.__code__
except TypeError as e: print(e)
