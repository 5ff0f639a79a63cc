# slice attributes, indices() and comparisons.
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(5).step)
print(s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4), slice(-100, 100, -3).indices(10))
print(slice(2**100, -2**100, -1).indices(10**30), slice(-2, None).indices(0), slice(None, -1, 2).indices(7))
print(slice(-3, -1).indices(2), slice(3, 1, -1).indices(2), slice(True, 3).indices(True))

class Index:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value

print(slice(Index(1), Index(-1), Index(1)).indices(Index(5)))
print(slice(1) == slice(1), slice(1, 2) < slice(1, 3), slice(1, 2) != slice(1, 2, 1), slice(1, 2) == (1, 2))
print(slice(None, 2) <= slice(None, 2), sorted([slice(3), slice(1), slice(2)]))
print([0, 1, 2, 3, 4, 5][slice(*slice(1, None, 2).indices(6))], "abcdef"[slice(-2, None)])
for call in [lambda: slice(1).indices(-1), lambda: slice(1).indices("a"), lambda: slice(1, 2, 0).indices(3),
             lambda: slice("a").indices(3), lambda: slice(1).indices(), lambda: slice(1, 2, "x").indices(3),
             lambda: hash(slice(1)), lambda: slice(1) < slice("a"), lambda: slice(1) < 3]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
try:
    s.start = 3
except AttributeError as error:
    print("AttributeError", error)
