# Comprehensions: list/set/dict/generator, nested fors, multiple ifs, async for, await, tuple targets.
c = [x for x in y]
c = [x for x in y if x]
c = [x for x in y if x if not x]
c = [x * y for x in a for y in b]
c = [x for x in a if x for y in b if y for z in c]
c = [[x for x in row] for row in matrix]
c = [(x, y) for x, y in pairs]
c = [a for (a, b) in pairs]
c = [a for [a, b] in pairs]
c = [a for a, *rest in pairs]
c = [a for a.b in pairs]
c = [a for a[0] in pairs]
c = {x for x in y}
c = {x: y for x, y in z}
c = {k: v for k in a for v in b if k != v}
c = (x for x in y)
c = (x for x in y if x for z in x)
c = sum(x for x in y)
c = [x for x in (y if z else w)]
c = [x if x else y for x in z]
c = [lambda: x for x in y]
c = [(yield_) for x in y]
c = [x for x in y if (z := x)]
c = {x: [y for y in x] for x in z}
c = [x for x in [y for y in z]]
c = (x for x in (y for y in (z for z in w)))
async def coro():
    c = [x async for x in y]
    c = [x async for x in y if await x]
    c = {x async for x in y}
    c = {x: y async for x, y in z}
    c = (x async for x in y)
    c = [await x for x in y]
    c = [x for x in await y]
    c = [x async for x in y for z in x async for w in z]
    c = [x for x in y async for z in x]
    c = (await x async for x in y)
c = [
    x
    for x in y
    if x
]
c = [x for x in y if x if y if z]
c = [(x, *y) for x, *y in z]
c = {**{}, **{x: x for x in y}}
c = (y := x for x in z)
c = [y := x for x in z]
c = {y := x for x in z}
c = f(y := x for x in z)
