async def a():
    raise KeyError("a")
async def b():
    await a()
coro = b()
coro.send(None)