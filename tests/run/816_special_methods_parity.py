# Special methods CPython's built-in types list in dir(): iterators' __length_hint__, __getnewargs__,
# __reversed__, __prepare__, descriptors' __wrapped__/__isabstractmethod__, generators' __next__.
r = reversed([1, 2, 3])
next(r)
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
print(list([1, 2, 3].__reversed__()), type([].__reversed__()).__name__)
rr = reversed((1, 2, 3, 4))
print(rr.__length_hint__(), next(rr), rr.__length_hint__())
it = iter(range(5))
next(it)
print(it.__length_hint__(), reversed(range(3)).__length_hint__())
print("ab".__getnewargs__(), (1, 2).__getnewargs__(), (2.5).__getnewargs__(), (7).__getnewargs__())


class S(str):
    pass


print(type(S("x").__getnewargs__()[0]).__name__, type(bytearray(b"ab").__alloc__()).__name__)
print(type.__prepare__("A", ()), type(type.__prepare__("A", (), x=1)).__name__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 1}


class WithMeta(metaclass=Meta, flag=True):
    pass


def abstract(function):
    function.__isabstractmethod__ = True
    return function


def plain():
    return 1


p = property(abstract(lambda self: 1))
print(p.__isabstractmethod__, property(plain).__isabstractmethod__, property().__isabstractmethod__)
print(classmethod(plain).__wrapped__ is plain, staticmethod(plain).__wrapped__ is plain,
      staticmethod(abstract(lambda: 0)).__isabstractmethod__, classmethod(plain).__isabstractmethod__)


def gen():
    yield 1
    yield 2


g = gen()
print(g.__next__(), g.__iter__() is g, next(g), (lambda x: x * 2).__call__(21))
for t in (list, tuple, str, bytes, range, dict, set, frozenset, bytearray, memoryview):
    print(t.__name__, sorted(n for n in ("__reversed__", "__getnewargs__", "__alloc__", "__class_getitem__",
                                         "__getstate__", "__reduce_ex__", "__sizeof__") if n in dir(t)))
