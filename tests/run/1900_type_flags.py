# type.__flags__ carries CPython's meaningful bits; __basicsize__ and the
# other layout numbers keep CPython's relations.
HEAPTYPE, BASETYPE, IMMUTABLE, GC, ABSTRACT = 1 << 9, 1 << 10, 1 << 8, 1 << 14, 1 << 20
SEQUENCE, MAPPING = 1 << 5, 1 << 6
SUBCLASS_BITS = {int: 24, list: 25, tuple: 26, bytes: 27, str: 28, dict: 29, BaseException: 30, type: 31}


class C:
    pass


class L(list):
    pass


class Meta(type):
    pass


class Err(ValueError):
    pass


for t in (int, bool, list, tuple, bytes, str, dict, set, object, type, range, memoryview, C, L, Meta, Err,
          KeyError, type(None), float):
    f = t.__flags__
    subclass = [name.__name__ for name, bit in SUBCLASS_BITS.items() if f & (1 << bit)]
    print(t.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & IMMUTABLE), bool(f & SEQUENCE),
          bool(f & MAPPING), subclass)
print(bool(C.__flags__ & GC), bool(list.__flags__ & GC), bool(int.__flags__ & GC))

import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class B(A):
    def f(self):
        pass


print(bool(A.__flags__ & ABSTRACT), bool(B.__flags__ & ABSTRACT))

# Layout numbers: relations only (the values are each implementation's).
print(C.__dictoffset__ != 0, object.__dictoffset__, int.__dictoffset__, L.__dictoffset__ != 0)
print(C.__weakrefoffset__ != 0, object.__weakrefoffset__, int.__weakrefoffset__)
print(int.__itemsize__ != 0, tuple.__itemsize__ != 0, bytes.__itemsize__, list.__itemsize__, object.__itemsize__)
print(C.__basicsize__ >= object.__basicsize__ > 0, L.__basicsize__ >= list.__basicsize__)
print(type.__text_signature__ is None or isinstance(type.__text_signature__, str))


class S:
    __slots__ = ("a", "b")


class SW:
    __slots__ = ("__weakref__",)


print(S.__dictoffset__, S.__weakrefoffset__, S.__basicsize__ > object.__basicsize__, SW.__weakrefoffset__ != 0)
for base in (int, tuple, bytes):
    try:
        type("X", (base,), {"__slots__": ("a",)})
    except TypeError as e:
        print(e)

# match uses the SEQUENCE / MAPPING flags.
import types
for subject in ([1, 2], (1, 2), range(2), memoryview(b"ab"), "ab", {1: 2}, types.MappingProxyType({1: 2})):
    match subject:
        case {1: v}:
            print("mapping", v)
        case [a, b]:
            print("sequence", a, b)
        case _:
            print("neither", type(subject).__name__)
