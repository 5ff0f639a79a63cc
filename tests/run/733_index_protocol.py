# __index__ wherever CPython takes an index: subscripts, slices, repeats, range, bin/hex/oct.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

l = list(range(10))
print(l[Idx(3)], l[Idx(-1)], l[Idx(1):Idx(4)], l[::Idx(3)], "abcdef"[Idx(2):], (1, 2, 3)[Idx(1)])
print(b"abc"[Idx(1)], bytearray(b"xyz")[Idx(0)], range(10)[Idx(4)], range(10)[Idx(2):Idx(5)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(2), Idx(3) * "ab", (1,) * Idx(2), b"-" * Idx(3))
l[Idx(0)] = "first"
del l[Idx(1)]
print(l[:3])
x = [1, 2]
x *= Idx(2)
print(x)

class Bad:
    def __index__(self): return "no"
for action in [lambda: l[Bad()], lambda: l[Bad():], lambda: [1] * Bad(), lambda: range(Bad()), lambda: l[1.5],
               lambda: l["a"], lambda: "s"[Idx(10)], lambda: [1] * 1.5, lambda: range(1.5), lambda: l[Idx(2**70)]]:
    try:
        action()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
