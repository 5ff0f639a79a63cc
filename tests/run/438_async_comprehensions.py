# Async comprehensions: async for (GET_AITER, GET_ANEXT awaited until
# StopAsyncIteration) and await in list, set and dict comprehensions, which
# become coroutines awaited where they are written.
class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def double(x):
    return x * 2

async def main():
    a = [x async for x in AsyncRange(4)]
    b = {x: await double(x) async for x in AsyncRange(3) if x}
    c = [await double(x) for x in range(3)]
    d = {x async for x in AsyncRange(5) if x % 2}
    e = [(x, y) async for x in AsyncRange(2) for y in range(2)]
    f = [(x, y) for x in range(2) async for y in AsyncRange(2)]
    h = [[z async for z in AsyncRange(x)] async for x in AsyncRange(3)]
    return a, b, c, d, e, f, h

def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value

print(run(main()))
