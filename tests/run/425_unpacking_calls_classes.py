# Calls and class statements with * and **: f(*x) passes x itself (any
# iterable, checked by CALL_EX), class C(*bases, **keywords) goes through
# CALL_EX too; starred assignment targets.
def f(*a, **k):
    return a, k


print(f(*(1, 2)), f(*[3]), f(*"ab", x=1), f(*range(2), **{"y": 2}), f(*{5: 0}), f(0, *(), *[1]))
print(f(**{}), f(*(), **{"a": 1}, b=2), f(1, *[2], 3, *(4,), k=5, **{"m": 6}))


class WithMethod:
    def m(self, *a):
        return a


print(WithMethod().m(*(1,)), WithMethod.m(*(WithMethod(), 2)))
bases = (object,)


def meta(name, bases, namespace, **keywords):
    print("meta", name, bases, keywords)
    return type(name, bases, namespace)


class Dynamic(*bases, metaclass=meta, **{"flag": True}):
    x = 1


print(type(Dynamic).__name__, Dynamic.__bases__, Dynamic.x)


class Plain(*[]):
    pass


print(Plain.__bases__)
a, *b = [1, 2, 3]
*c, d = "xyz"
[e, *g, h] = range(5)
(i, *j), k = (1, 2, 3), 4
print(a, b, c, d, e, g, h, i, j, k)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
print([(p, q) for p, *q in ["ab", "c"]])
