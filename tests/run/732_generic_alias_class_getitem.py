# PEP 585/560: list[int] and friends (types.GenericAlias), __class_getitem__, __mro_entries__.
g = list[int]
print(repr(g), g.__origin__, g.__args__, g.__parameters__, g == list[int], hash(g)==hash(list[int]), g(range(3)), dict[str, list[int]], tuple[()], tuple[int, ...], list[int,])
try: isinstance([], list[int])
except TypeError as e: print(e)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__, L([1]))
print(type[int], list['X'], list[None], set[int], frozenset[str], enumerate[int])
print(g.__name__, g.append)
def f(x: list[int], y: "dict[str, int]" = None) -> tuple[int, str]: pass
print(f.__annotations__)
try: int[0]
except TypeError as e: print(e)
class A:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(A[int], A[1, 2])
class B(A): pass
print(B["x"])
class C: pass
try: C[0]
except TypeError as e: print(e)
print(type(list[int]))
class Meta(type):
    def __getitem__(cls, k): return ("meta", k)
class M(metaclass=Meta): pass
print(M[3])
class E:
    def __mro_entries__(self, bases): return (dict,)
class D(E()): pass
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
