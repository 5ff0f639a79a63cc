# Slices in tuple subscripts (x[1:2, 3]) and slice objects' attributes and indices().
class Slicer:
    def __getitem__(self, key): return key
    def __setitem__(self, key, value): print("set", key, value)
    def __delitem__(self, key): print("del", key)
s = Slicer()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s[()], s["a":"b":"c"], s[1:2, ::-1, ...])
s[1:2, 3] = "v"
del s[:, 0]
x = 4
print(s[x - 1:x + 1, x], s[len("ab"):])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, slice(5).start, slice(5).stop)
print(slice(1, 2).indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(5), slice(None, None, -1).indices(0))
for bad in [lambda: slice(None, None, -1).indices(-1), lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2).indices("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), list(range(10))[slice(2, 8, 3)])
print(slice(1,2) < slice(1,3), slice(1,2) != slice(1,2), slice(1) == 1, sorted([slice(3), slice(1)]))
try: slice(1) < 1
except TypeError as e: print(e)
