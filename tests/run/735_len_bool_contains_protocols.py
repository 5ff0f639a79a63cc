# __len__, __bool__ and __contains__ results and their checks.
class OnlyLen:
    def __len__(self): return 0
class OnlyBool:
    def __bool__(self): return False
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(OnlyLen()), bool(OnlyBool()), bool(Both()), not OnlyLen(), "yes" if Both() else "no")
class BoolLen:
    def __len__(self): return True
class IndexLen:
    class N:
        def __index__(self): return 4
    def __len__(self): return self.N()
print(len(BoolLen()), type(len(BoolLen())).__name__, len(IndexLen()))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 10 in Seq(), 11 in Seq(), list(reversed(Seq())))
class Cont:
    def __contains__(self, x): return x == 3
print(3 in Cont(), 4 in Cont(), 4 not in Cont())
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
class NoLen:
    __len__ = None
cases = [lambda: bool(type("B", (), {"__bool__": lambda self: 1})()),
         lambda: len(type("L", (), {"__len__": lambda self: -1})()),
         lambda: len(type("L", (), {"__len__": lambda self: 2**70})()),
         lambda: len(type("L", (), {"__len__": lambda self: -2**70})()),
         lambda: len(type("L", (), {"__len__": lambda self: "3"})()),
         lambda: len(type("L", (), {"__len__": lambda self: 3.0})()),
         lambda: 1 in NoContains(),
         lambda: len(NoLen()),
         lambda: bool(type("L", (), {"__len__": lambda self: -1})())]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
