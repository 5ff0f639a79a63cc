def gen():
    yield 1


def gen_from():
    x = yield from other()
    return x


async def coro():
    await thing()
    async for item in source:
        pass
    async with ctx as c:
        pass


async def async_comprehensions():
    return [x async for x in aiter()], [await y for y in ys], (z async for z in zs)


def plain_with_await_genexp():
    return (await x for x in y)
