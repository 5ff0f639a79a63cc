# await and yield as expressions in various nesting contexts (inside calls, parens, subscripts, operators).
async def a():
    x = await y
    x = await y.z
    x = await y[0]
    x = await y()
    x = await (y)
    x = (await y)[0]
    x = [await y, await z]
    x = {await y: await z}
    x = f(await y, k=await z)
    x = await y if await z else await w
    await (yield) if False else None
    print(await y)
    return await y
def b():
    x = yield
    x = (yield)
    x = yield y
    x = yield y, z
    x = yield from y
    x = [(yield)]
    x = f((yield))
    x = f((yield y), (yield from z))
    x = (yield) + (yield)
    x = {(yield): (yield)}
    x = a[(yield)]
    yield
    yield y
    yield from y
    yield (yield)
    yield (yield from y)
    yield lambda: (yield)
    y = lambda: (yield)
    return (yield)
async def c():
    yield
    yield 1
    x = yield await y
    await x
    async def inner():
        await inner()
    [x async for x in aiter()]
def d():
    yield *a,
    x = yield *a, b
