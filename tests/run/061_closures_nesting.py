# Closures several levels deep, lambdas, and late binding.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2

print(level1(1)(20)(300)(4000))

def passthrough():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    first = middle()
    x = "rebound"
    return first()

print(passthrough())

def late_binding():
    functions = []
    for i in range(4):
        functions += [lambda: i * 10]
    results = []
    for f in functions:
        results += [f()]
    return results

print(late_binding())

def early_binding():
    functions = []
    for i in range(4):
        functions += [lambda i=i: i * 10]
    results = []
    for f in functions:
        results += [f()]
    return results

print(early_binding())

square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(square(7), compose(square, lambda x: x + 1)(3))

def curry(f):
    return lambda a: lambda b: f(a, b)

print(curry(lambda a, b: a - b)(10)(3))

def nested_nonlocal():
    n = 0
    def outer_step():
        def inner_step():
            nonlocal n
            n += 1
        inner_step()
        inner_step()
        return n
    return outer_step

step = nested_nonlocal()
print(step(), step())

def recursive_inner(limit):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact(k - 1)
    result = fact(limit)
    # fact's closure holds the cell that holds fact: break the cycle, which
    # reference counting alone cannot free (no cycle collector yet).
    fact = None
    return result

print(recursive_inner(10))

def loop_counter():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for value in (1, 2, 3, 4):
        add(value)
    return total

print(loop_counter())
