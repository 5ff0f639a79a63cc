# Displays: list/tuple/set/dict with starred and double-starred items, nesting, trailing commas.
l = []
l = [1]
l = [1,]
l = [1, 2, 3]
l = [*a]
l = [*a, *b, 1, *c]
l = [[], [[]], [[[]]]]
t = ()
t = (1,)
t = 1,
t = 1, 2
t = (1, 2)
t = (1, 2,)
t = *a, *b
t = (*a, 1)
t = *a,
t = ((), ((),), ((), ()))
s = {1}
s = {1,}
s = {1, 2}
s = {*a}
s = {*a, *b, 3}
s = {(1, 2), frozenset()}
d = {}
d = {1: 2}
d = {1: 2,}
d = {'a': 1, 'b': 2}
d = {**a}
d = {**a, **b}
d = {**a, 'k': 1, **b, 'j': 2}
d = {1: {2: {3: {}}}}
d = {a if b else c: d if e else f}
d = {lambda: 1: lambda: 2}
d = {(1, 2): [3, 4], frozenset(): set()}
d = {**{'x': 1}, **dict(y=2)}
d = {x: y for x, y in z}
l = [
    1,
    2,
]
d = {
    'a': 1,
    **b,
}
t = (
    1
)
t = (yield_)
l = [x := 1, (y := 2)]
d = {'a': (yield_) if False else 1}
s = {*a, *(b, c), *[d]}
l = [*(a or b), *(c and d)]
d = {**(a or b), **a | b}
t = *a, *b, c
