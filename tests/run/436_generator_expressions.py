# Generator expressions: <genexpr> generator functions of the outermost
# iterator, yielding each element; lazy, nested, in class bodies.
g = (x * 2 for x in range(4))
print(type(g).__name__, g.__name__, list(g), list(g))
print(sum(x for x in range(10)), max(c for c in "hello"), sorted((y for y in [3, 1, 2]), reverse=True))
print(list(x for x in "ab" for _ in range(2)), list((a, b) for a in range(2) for b in range(a)))
def f(n):
    return list(i + n for i in range(n) if i % 2)
print(f(7))
gen = (x for x in [1, 2, 3])
print(next(gen), gen.send(None), next(gen), next(gen, "done"))
class C:
    items = [1, 2]
    total = sum(i for i in items)
print(C.total)
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []), "".join(str(i) for i in range(5)))
def lazy():
    it = (1 // x for x in [1, 0])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("caught", e)
lazy()
try:
    (x for x in 5)
except TypeError as e:
    print(e)
print(dict((k, v) for k, v in zip("ab", range(2))), tuple(x for x in ()), set(i % 2 for i in range(5)))
print(list(x for x in (y for y in range(3))))
