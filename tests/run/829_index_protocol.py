# Objects with __index__ as sequence indices, slice bounds, range arguments and repeat counts; __len__ results.
class I:
    def __index__(self): return 1
class B:
    def __index__(self): return True
for v in (I(),):
    for t in [lambda: [1, 2][v], lambda: range(v), lambda: 'ab' * v, lambda: (1, 2)[v], lambda: 'xyz'[v], lambda: hex(v), lambda: [1,2,3][v:], lambda: bin(v)]:
        try: print(t())
        except Exception as e: print(type(e).__name__, e)
class Big:
    def __len__(self): return 2**70
class Neg:
    def __len__(self): return -1
class Flt:
    def __len__(self): return 1.0
class Idx:
    def __len__(self):
        return I()
for c in (Big, Neg, Flt, Idx):
    for f in (len, bool):
        try:
            print(f(c()))
        except Exception as e:
            print(type(e).__name__, e)
items = [10, 20, 30, 40]
items[I()] = 99
del items[I()]
print(items, items[I():I()], range(10)[I()], range(10)[I():], [1, 2, 3][::I()], I() * [0], b"abc"[I()], bytearray(b"xy")[I()])
class Raises:
    def __index__(self):
        raise RuntimeError("no index")
for f in [lambda: [1][Raises()], lambda: range(Raises()), lambda: "ab" * Raises(), lambda: [1, 2][Raises():]]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
