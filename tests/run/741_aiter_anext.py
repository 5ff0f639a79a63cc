# aiter() and anext(), with and without a default.
async def agen():
    for i in range(3):
        yield i

class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    out = []
    async for x in agen():
        out.append(x)
    it = aiter(agen())
    out.append(await anext(it))
    out.append(await anext(it, "d"))
    out.append(await anext(it, "d"))
    out.append(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("stop")
    c = aiter(Counter(2))
    out.append(await anext(c))
    out.append(await anext(c, None))
    out.append(await anext(c, "end"))
    return out

def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))
print(type(anext(agen(), 0)).__name__)
for bad in [lambda: aiter(), lambda: aiter(1), lambda: anext(), lambda: anext(1), lambda: anext(1, 2, 3),
            lambda: aiter(1, 2), lambda: aiter(type("A", (), {"__aiter__": lambda self: 5})())]:
    try:
        bad()
    except TypeError as e:
        print(e)
