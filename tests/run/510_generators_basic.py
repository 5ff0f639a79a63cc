# Generators: iteration, next/send/throw/close, yield from with return values,
# finally blocks run by close() and by deletion, PEP 479, simple coroutines.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print([0])
for v in count(3):
    print("v", v)
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

def echo():
    received = yield "ready"
    while True:
        received = yield "got %r" % (received,)

e = echo()
print(e.send(None), e.send(1), e.send("x"))
e.close()
print(repr(g)[:26])

def delegator():
    r = yield from count(3)
    print("sub returned", r)
    yield "after"

for v in delegator():
    print("d", v)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_finally()
print(next(w))
w.close()
w2 = with_finally()
print(next(w2))
w2 = None
print("deleted")

def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught", err)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "boom2")
try:
    c.throw(KeyError("k"))
except KeyError as k:
    print("escaped", repr(k))

def bad():
    yield 1
    raise StopIteration
try:
    list_ = []
    for x in bad():
        list_.append(x)
except RuntimeError as r:
    print("RuntimeError:", r, repr(r.__cause__))

async def coro(x):
    return x * 2

async def main():
    a = await coro(3)
    b = await coro(a)
    return a + b

m = main()
try:
    m.send(None)
except StopIteration as s:
    print("coroutine result", s.value)
