# anext() with and without a default, aiter(), on async generators and async iterator classes.
async def agen():
    yield 1
    yield 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = agen()
    print(await anext(it, "d"), await anext(it, "d"), await anext(it, "d"), await anext(it, "e"))
    a = anext(it, 0)
    print(type(a).__name__, [n for n in dir(a) if not n.startswith("__")], "__await__" in dir(a), "__next__" in dir(a))
    a.close()
    print(await anext(Countdown(0), "x"), await anext(Countdown(2)), await anext(Countdown(3), None))
    try:
        await anext(Countdown(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")

    async def boom():
        raise ValueError("v")
        yield

    try:
        await anext(boom(), 1)
    except ValueError as e:
        print("ValueError", e)
    for bad in [lambda: anext(1, 2), lambda: anext(1), lambda: aiter(1), lambda: anext()]:
        try:
            bad()
        except TypeError as e:
            print(e)
    c = Countdown(3)
    print(aiter(c) is c, [x async for x in aiter(Countdown(3))])
    results = []
    g = agen()
    while (value := await anext(g, None)) is not None:
        results.append(value)
    print(results)


coroutine = main()
try:
    coroutine.send(None)
except StopIteration as stop:
    print("done", stop.value)
