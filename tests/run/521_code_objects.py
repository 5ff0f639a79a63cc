# Code objects' attributes (those that do not depend on the bytecode).
def outer(a, b=1, /, c=2, *args, d, e=5, **kwargs):
    x = a
    def inner(y):
        return x + y
    return inner

def gen():
    yield 1

async def coro():
    pass

lam = lambda q: q

for function in (outer, outer(1, d=2), gen, coro, lam):
    co = function.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
    print(" ", co.co_varnames, co.co_nlocals, co.co_cellvars, co.co_freevars, hex(co.co_flags))
    print(" ", co.co_firstlineno, co.co_filename.endswith("521_code_objects.py"), type(co).__name__)
    lines = [line for start, end, line in co.co_lines() if line is not None]
    print(" ", min(lines) >= co.co_firstlineno, all(start < end for start, end, line in co.co_lines()))
    print(" ", all(len(p) == 4 for p in co.co_positions()))
coro().close()
