# The generator protocol in detail: states, errors of send/throw/close,
# exceptions handled across yields, delegation of throw/close in yield from.
def simple():
    yield 1
    yield 2

g = simple()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.__name__, g.__qualname__)
try:
    g.send(5)
except TypeError as e:
    print(e)
print(next(g), g.gi_suspended)
print(list(g), list(g))
print(g.send(None) if False else "finished")
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.args)

def running():
    yield me.send(None)

me = running()
try:
    next(me)
except ValueError as e:
    print(e)

def thrower():
    yield 1

t = thrower()
try:
    t.throw(ValueError("before start"))
except ValueError as e:
    print("thrown before start:", e)
print(list(t))
try:
    thrower().throw(1)
except TypeError as e:
    print(e)
try:
    thrower().throw(ValueError("x"), 1)
except TypeError as e:
    print(e)

def ignores_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            pass

i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)

def handled_inside():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        try:
            raise ValueError("second")
        except ValueError as v:
            yield repr(v.__context__)

h = handled_inside()
print(next(h))
try:
    raise IndexError("outside")
except IndexError:
    print(next(h))

def inner():
    try:
        received = yield "inner 1"
        print("inner received", received)
        yield "inner 2"
    except ValueError as e:
        print("inner caught", e)
        yield "inner after catch"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer end"

o = outer()
print(next(o))
print(o.send("hello"))
print(o.gi_yieldfrom is not None)
print(o.throw(ValueError("via outer")))
print(next(o))
o2 = outer()
next(o2)
o2.close()
print("closed o2")

def from_iterables():
    yield from [1, 2]
    yield from "cd"
    yield from range(3, 5)

print(list(from_iterables()))

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fibonacci()
print(next(f), next(f), next(f), next(f), next(f), next(f))

def generator_return_in_try():
    try:
        yield 1
        return 5
    finally:
        print("finally on return")

print(list(generator_return_in_try()))
