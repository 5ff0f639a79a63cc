# types.GenericAlias (list[int]) and types.UnionType (int | None), as annotations evaluate them; __class_getitem__; PEP 560 bases.
def f(x: list[int], y: int | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
a = list[int]
print(a, repr(a), type(a), a.__origin__, a.__args__, a.__parameters__, a(), a((1, 2)), a == list[int], hash(a) == hash(list[int]))
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[int, str], dict[str, ...], list[None], type[int])
print(a.__mro_entries__((a,)), a.__origin__ is list, a.__unpacked__)
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L([1]))
print(list[int] == list[int], list[int] == list[str], list[int] != 3)
print(type(list[int]).__name__, repr(type(list[int])), type(int | str).__name__)
print(list[int].__name__, list[int].__qualname__, list[int].append)
print(list[int](), dict[str, int](a=1), isinstance(list[int], type), type(list[int]) is type)
u = int | str
print(u, u | None, (int | str) | (str | bytes), type(None) | int, u == (str | int), hash(u) == hash(str | int))
print(repr(int | None), repr(list[int] | None), None | list[int], int | int, u.__args__, u.__parameters__)
print((list[int] | None).__args__)
class C:
    pass
print(C | None, int | C, list[C])
print(issubclass(int, int | str), isinstance("a", int | str), isinstance(None, int | None), isinstance(3.0, int | str))
print(isinstance(1, (str, int | bytes)))
for f in [lambda: isinstance([], list[int]), lambda: int | 3, lambda: 3 | int, lambda: issubclass(list, list[int]),
          lambda: list[int][int], lambda: u[0], lambda: int[0], lambda: C[0], lambda: isinstance(1, int | list[int]),
          lambda: isinstance(1, str | list[int]), lambda: setattr(list[int], "x", 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[int, str])
class H:
    __class_getitem__ = None
try:
    H[1]
except TypeError as e:
    print(e)
import sys
print(frozenset[int], enumerate[str], BaseExceptionGroup[ValueError], set[bytes])
