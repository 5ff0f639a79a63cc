# with statements: single/multiple items, as-targets, parenthesized item lists, async with.
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b, c:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
with a as (b):
    pass
with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b as c, d,):
    pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with (a, b) as c:
    pass
with (a, b) as (c, d):
    pass
with (yield_) as x:
    pass
with a if b else c as d:
    pass
with f(x) as y, g(y) as z: pass
with a: x = 1; y = 2
with (a) as b, (c) as d:
    pass
with (a)():
    pass
with (a), (b):
    pass
async def f():
    async with a:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d):
        pass
    async with (
        a,
        b as c,
    ):
        pass
    async with await a as b: pass
with a as b:
    with c as d:
        with e:
            pass
