# Async generators (PEP 525) driven by send(): async for, asend, athrow,
# aclose, awaits inside passing values up, async comprehensions, errors.
class Pause:
    def __await__(self):
        got = yield "paused"
        return got

async def ticker(n):
    for i in range(n):
        extra = await Pause()
        yield i * 10 + (extra or 0)
    return

def run(coroutine):
    value = None
    try:
        while True:
            request = coroutine.send(value)
            print("  loop got", request)
            value = 1
    except StopIteration as stop:
        return stop.value

async def consume():
    total = []
    async for value in ticker(3):
        total.append(value)
    return total

print(run(consume()))

async def comprehension():
    return [v async for v in ticker(2)], {v async for v in ticker(2) if v > 5}

print(run(comprehension()))

async def simple(n):
    for i in range(n):
        yield i

agen = simple(2)
print(type(agen).__name__, agen.__name__, agen.ag_running)
step = agen.__anext__()
print(type(step).__name__)
try:
    step.send(None)
except StopIteration as s:
    print("first value", s.value)
try:
    agen.asend(None).send(None)
except StopIteration as s:
    print("second value", s.value)
try:
    agen.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")

async def catching():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("  finally in async generator")

c = catching()
try:
    c.__anext__().send(None)
except StopIteration as s:
    print("got", s.value)
try:
    c.athrow(ValueError("boom")).send(None)
except StopIteration as s:
    print("athrow result", s.value)
try:
    c.aclose().send(None)
except StopIteration:
    print("closed")

async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

s = stubborn()
try:
    s.__anext__().send(None)
except StopIteration:
    pass
try:
    s.aclose().send(None)
except RuntimeError as e:
    print(e)

async def bad():
    raise StopAsyncIteration
    yield

try:
    bad().__anext__().send(None)
except RuntimeError as e:
    print(e)

try:
    for x in simple(1):
        pass
except TypeError as e:
    print(e)

done = simple(0)
anext_step = done.__anext__()
try:
    anext_step.send(None)
except StopAsyncIteration:
    print("empty")
try:
    anext_step.send(None)
except RuntimeError as e:
    print(e)
