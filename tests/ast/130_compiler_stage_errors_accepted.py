# Programs the compiler/symtable would reject but ast.parse accepts: the parser must NOT raise here.
return 1
yield 2
yield from x
await y
break
continue
nonlocal q
from __future__ import braces
from __future__ import nonexistent_feature
*a = b
*a, *b = c
x = *a
x = *a, *b
for *a, *b in c: pass
__debug__ = 1
def f(a, a): pass
def g(a, *, a): pass
lambda a, a: 0
f(a=1, a=2)
class C(x=1, x=2): pass
def h():
    x = 1
    global x
def i():
    from os import *
def j():
    [x async for x in y]
    await z
    async with a: pass
    async for b in c: pass
async def k():
    yield 1
    return 2
class D:
    nonlocal e
    return 3
try:
    pass
except:
    pass
except ValueError:
    pass
match x:
    case a:
        pass
    case b:
        pass
match x:
    case f"{y}":
        pass
    case [*a, *b]:
        pass
    case [a, a]:
        pass
    case a | b:
        pass
    case {"k": a, "k": b}:
        pass
    case C(x=1, x=2):
        pass
    case _ | 1:
        pass
def l():
    def m():
        nonlocal undefined_name
import __future__
from __future__ import annotations
while True:
    def n():
        break
x = f"{yield}"
x = [(yield) for y in z]
x = {(await a) for a in b}
