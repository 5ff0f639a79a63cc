a = [x for x in range(10)]
b = {x for x in a if x}
c = {k: v for k, v in pairs}
d = (y for y in a)
e = [(x, y) for x in a for y in b if x if y]
f = [[x * y for y in b] for x in a]


def func(n):
    return [n * i for i in range(n)], (n for _ in range(3)), {n: m for m in n}


g = [lambda: x for x in a]
h = [x for x in [y for y in a]]
