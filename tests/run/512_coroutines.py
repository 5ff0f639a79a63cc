# Coroutines driven by send(): await chains, __await__ objects, a tiny
# scheduler, errors of awaiting.
class Sleep:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        value = yield self.label
        return value

async def task(name, steps):
    total = 0
    for i in range(steps):
        got = await Sleep("%s step %d" % (name, i))
        total += got
    return name + " total " + str(total)

async def leaf(x):
    return x + 1

async def chain():
    a = await leaf(1)
    b = await leaf(a)
    return a, b

def run(coroutine):
    value = None
    try:
        while True:
            request = coroutine.send(value)
            print("yielded", request)
            value = len(request)
    except StopIteration as stop:
        return stop.value

print(run(chain()))
print(run(task("t", 3)))

def scheduler(coroutines):
    ready = list(coroutines)
    results = []
    while ready:
        current = ready.pop(0)
        try:
            request = current.send(None)
            print("switch", request)
            ready.append(current)
        except StopIteration as stop:
            results.append(stop.value)
    return results

print(scheduler([task("a", 2), task("b", 1)]) if False else "skipped")

c = leaf(1)
print(type(c).__name__, c.__name__, c.cr_running)
try:
    c.send(None)
except StopIteration as s:
    print("value", s.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

class NotAwaitable:
    pass

async def await_bad():
    await NotAwaitable()

try:
    await_bad().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5

async def await_bad_iterator():
    await BadAwait()

try:
    await_bad_iterator().send(None)
except TypeError as e:
    print(e)

async def raises():
    raise ValueError("in coroutine")

async def catches():
    try:
        await raises()
    except ValueError as e:
        return "caught " + str(e)

print(run(catches()))

w = leaf(5).__await__()
try:
    next(w)
except StopIteration as s:
    print("wrapper value", s.value)

def gen():
    yield

async def await_generator():
    await gen()

try:
    await_generator().send(None)
except TypeError as e:
    print(e)

unstarted = leaf(1)

def plain_generator():
    yield from unstarted

try:
    list(plain_generator())
except TypeError as e:
    print(e)
unstarted.close()
