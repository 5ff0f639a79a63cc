# List, set and dict comprehensions: each its own function scope called on
# the outermost iterator, with nested loops, conditions, closures and class
# bodies.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print({x % 3 for x in range(10)}, {c for c in "mississippi"})
print({k: v for k, v in [("a", 1), ("b", 2)]}, {x: x * x for x in range(4)})
print([[y for y in range(x)] for x in range(4)])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
print({i: [j for j in range(i)] for i in range(3)})
print([a + b for a, b in [(1, 2), (3, 4)]], [(h, t) for h, *t in ["abc", "de"]])
print([n for row in [[1, 2], [3], []] for n in row], [0 for _ in ()], {k: 0 for k in ""})


def closures(n):
    m = 10
    return [x + m + n for x in range(n)]


print(closures(3))


def late_binding():
    functions = [lambda: x for x in range(3)]
    return [function() for function in functions]


print(late_binding())
x = 42
print([x for x in range(3)], x)


class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    n = 3
    r = [i for i in range(n)]


print(C.doubled, C.r)


def class_in_function(a):
    class D:
        b = [a + i for i in range(2)]
        c = a
    return D


print(class_in_function(5).b, class_in_function(6).c)


def method_closure():
    v = 1

    class E:
        v = 2

        def m(self):
            return v
    return E().m(), E.v


print(method_closure())


def trace(value):
    print("eval", value)
    return value


print({trace(k): trace(k * 2) for k in trace("ab")})
print([trace(i) for i in range(2) if trace(i)])
print(len([i for i in range(1000) if i % 7 == 0]), sum([i * i for i in range(100)]))
print((lambda: [c for c in "xy"])(), [[] for _ in range(2)], {(): 1 for _ in range(3)})
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words}, sorted({len(w) for w in words}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
