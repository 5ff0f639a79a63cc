# The object model's error texts, caught one after another.
def check(function):
    try:
        function()
    except Exception as error:
        print(type(error).__name__ + ":", error)
    else:
        print("no error")

# isinstance, issubclass, attribute builtins, type()
check(lambda: isinstance(1))
check(lambda: isinstance(1, 1))
check(lambda: isinstance(1, (1, int)))
check(lambda: isinstance(1, int, x=1))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: issubclass(int, (1,)))
check(lambda: issubclass(1))
check(lambda: getattr(1))
check(lambda: getattr(1, 2))
check(lambda: getattr(1, 'x'))
check(lambda: getattr(1, 'x', 2, 3))
check(lambda: getattr(1, 'x', default=3))
check(lambda: setattr(1, 2, 3))
check(lambda: setattr(1, 'x', 3))
check(lambda: hasattr(1, 2))
check(lambda: hasattr(1))
check(lambda: delattr(1, 2))
check(lambda: delattr(1, 'x'))
check(lambda: vars(1))
check(lambda: vars(1, 2))
check(lambda: dir(1, 2))
check(lambda: type())
check(lambda: type(1, 2))
check(lambda: type(1, 2, 3))
check(lambda: type('A', 1, {}))
check(lambda: type('A', (), 1))
check(lambda: type(x=1))
check(lambda: type.__instancecheck__(int))
check(lambda: int.__subclasscheck__(1))

# super
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
check(lambda: super(1, 2, 3))
check(lambda: super(1))
check(lambda: super(A, 1))
check(lambda: super(B, A()))
check(lambda: super(A, x=1))
check(lambda: super())
check(lambda: super(A, B).f)
check(lambda: super(B, B()).g)
check(lambda: super(B).f)

# slot wrappers and __new__
check(lambda: int.__add__())
check(lambda: int.__add__('a', 1))
check(lambda: object.__new__())
check(lambda: object.__new__(1))
check(lambda: object.__new__(int))
check(lambda: int.__new__(object))
check(lambda: int.__new__(bool))
check(lambda: list.__len__([1, 2], 3))
check(lambda: int.__repr__(5, x=1))
check(lambda: type.__init__(int, 1, 2))
check(lambda: str.__mul__('a', 'b'))
check(lambda: int.__getattribute__(1, 'x'))
check(lambda: int.__getattribute__(1, 2))
check(lambda: object.__setattr__(1, 'x', 2))
check(lambda: object.__setattr__(int, 'x', 2))
check(lambda: iter([]).__next__())
check(lambda: int.__add__.__get__('a'))
check(lambda: type.__new__(1, 'X', (), {}))
check(lambda: type.__new__(int, 'X', (), {}))
check(lambda: int.__pow__(2))
check(lambda: list.__setitem__([1], 0))
check(lambda: property.__get__(property(), None, None))
check(lambda: object.__init__(object(), 1))
check(lambda: A(1))

# __set_name__, __init_subclass__, __slots__
class Boom:
    def __set_name__(self, owner, name):
        return 1 / 0
class S:
    __slots__ = ('a', 'b')
class Empty:
    __slots__ = ()
    x = 1
check(lambda: type('C', (), {'x': Boom()}))
check(lambda: type('F', (), {}, flag=1))
check(lambda: object.__init_subclass__(1))
check(lambda: type('G', (), {'__slots__': ('a',), 'a': 1}))
check(lambda: type('G', (), {'__slots__': (1,)}))
check(lambda: type('G', (), {'__slots__': ('1a',)}))
check(lambda: type('G', (int,), {'__slots__': ('a',)}))
check(lambda: type('G', (tuple,), {'__slots__': ('a',)}))
check(lambda: type('G', (), {'__slots__': ('__dict__', '__dict__')}))
check(lambda: type('G', (), {'__slots__': ('__weakref__', '__weakref__')}))
check(lambda: type('G', (S, type('P', (), {'__slots__': ('c',)})), {}))
check(lambda: S().a)
check(lambda: setattr(S(), 'c', 1))
check(lambda: S().__dict__)
check(lambda: delattr(S(), 'a'))
check(lambda: setattr(Empty(), 'x', 2))
check(lambda: setattr(Empty(), 'y', 2))
check(lambda: S.a.__get__(1))
check(lambda: S.a.__set__(1, 2))

# in-place operators and iteration
class OnlyAdd:
    def __add__(self, other):
        return "added"
class BadIter:
    def __iter__(self):
        return 5
class NotIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
check(lambda: iter(BadIter()))
check(lambda: list(BadIter()))
check(lambda: 3 in BadIter())
check(lambda: iter(NotIter()))
check(lambda: iter(5))
check(lambda: 3 in 5)
check(lambda: OnlyAdd().__isub__(1))

