# Generators driven by for loops (resumed inside the loop's own dispatch):
# nesting, recursion, break and resumption, exceptions crossing frames,
# return values ignored, PEP 479, generators closed by a loop's break.
def walk(tree, depth=0):
    for child in tree:
        if isinstance(child, list) if False else type(child) is list:
            yield from walk(child, depth + 1)
        else:
            yield depth, child

print(list(walk([1, [2, [3, 4]], 5])))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "ignored by for"

for value in countdown(3):
    print("countdown", value)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.append(items[i])
            yield p

print(sum(1 for _ in permutations([1, 2, 3, 4])), next(permutations("ab")))

g = countdown(5)
for v in g:
    if v == 3:
        break
print("after break", next(g), list(g))

def failing():
    yield 1
    raise KeyError("inside generator")

try:
    for v in failing():
        print("got", v)
except KeyError as e:
    print("caught", repr(e))

def stops():
    yield 1
    raise StopIteration("explicit")

try:
    for v in stops():
        print("stops", v)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

for v in cleanup():
    print("first", v)
    break
print("loop done")

def handled_inside():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled %s" % e

print(list(handled_inside()))

def outer_handling():
    try:
        raise TypeError("outer")
    except TypeError:
        for v in inner_context():
            print("context seen:", v)

def inner_context():
    try:
        raise IndexError("inner")
    except IndexError as e:
        yield repr(e.__context__)

outer_handling()

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        for v in deep(n - 1):
            yield v

print(list(deep(50)))

def same_generator_twice():
    g = countdown(2)
    for a in g:
        for b in g:
            print("inner", a, b)

same_generator_twice()

def running():
    for v in me:
        yield v

me = running()
try:
    next(me)
except ValueError as e:
    print(e)
