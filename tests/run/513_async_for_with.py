# async for and async with, driven by send() without an event loop.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name + "!"

    async def __aexit__(self, kind, value, traceback):
        print("aexit", self.name, kind.__name__ if kind else None, value)
        return self.suppress

async def main():
    total = 0
    async for value in Ticker(4):
        if value == 3:
            continue
        total += value
    else:
        print("loop else")
    async for value in Ticker(10):
        if value > 2:
            break
        print("value", value)
    async with Resource("r") as got:
        print("inside", got)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    return total

def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value

print(run(main()))

async def returns_inside():
    async with Resource("ret"):
        return "returned"

print(run(returns_inside()))

async def bad_for():
    async for x in [1, 2]:
        pass

try:
    run(bad_for())
except TypeError as e:
    print(e)

class NoAnext:
    def __aiter__(self):
        return self

async def bad_aiter():
    async for x in NoAnext():
        pass

try:
    run(bad_aiter())
except TypeError as e:
    print(e)

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def bad_anext():
    async for x in BadAnext():
        pass

try:
    run(bad_anext())
except TypeError as e:
    print(e)

async def bad_with():
    async with Ticker(1):
        pass

try:
    run(bad_with())
except TypeError as e:
    print(e)
