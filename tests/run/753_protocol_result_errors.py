# Protocol methods returning the wrong type, and the messages of operations a class does not support.
class BadIter:
    def __iter__(self): return 5
class NotIter: pass
class BadNext:
    def __iter__(self): return self
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 2**100
class BadIndex:
    def __index__(self): return 1.5
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
class BadLenType:
    def __len__(self): return "3"
tests = [lambda: iter(BadIter()), lambda: next(NotIter()), lambda: next(5), lambda: list(BadNext()), lambda: repr(BadRepr()),
         lambda: str(BadStr()), lambda: hash(BadHash()), lambda: hash(BigHash()), lambda: [1][BadIndex()],
         lambda: int(BadInt()), lambda: float(BadFloat()), lambda: len(BadLenType()), lambda: "%d" % BadIndex(),
         lambda: format(BadRepr()), lambda: f"{BadStr()}", lambda: print(BadStr()), lambda: [BadRepr()].__repr__(),
         lambda: bool(BadLenType()), lambda: abs(NotIter()), lambda: -NotIter(), lambda: NotIter() < NotIter(),
         lambda: NotIter() + 1, lambda: 1 - NotIter(), lambda: NotIter()[0], lambda: NotIter()(), lambda: len(NotIter()),
         lambda: reversed(NotIter()), lambda: NotIter() in NotIter(), lambda: sorted([NotIter(), NotIter()]),
         lambda: divmod(NotIter(), 1), lambda: round(NotIter()), lambda: int(NotIter()), lambda: complex(NotIter())]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
class R:
    def __repr__(self): return 5
for f in [repr, str, lambda x: "%s" % x, lambda x: "%r" % x, lambda x: f"{x}", lambda x: f"{x!r}", lambda x: str([x]), lambda x: format(x, ""), print, lambda x: "{}".format(x), ascii]:
    try: f(R())
    except TypeError as e: print(e)
class S(str):
    pass
class T:
    def __str__(self): return S("sub")
    def __repr__(self): return S("rsub")
print(type(str(T())).__name__, type(repr(T())).__name__, str(T()), repr(T()))
