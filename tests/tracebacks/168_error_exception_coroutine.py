async def work():
    raise ValueError("async failure")

coro = work()
coro.send(None)
