# object's __getstate__, __reduce_ex__ dispatch, __sizeof__, __doc__.
class Point:
    def __init__(self, x):
        self.x = x

class Empty:
    pass

p = Point(3)
print(p.__getstate__(), Empty().__getstate__(), object().__getstate__())
print(p.__getstate__() is p.__dict__)

class Custom:
    def __reduce__(self):
        return (Custom, ())

print(Custom().__reduce_ex__(2) == (Custom, ()), Custom().__reduce_ex__(0)[0] is Custom)
print(isinstance(object().__sizeof__(), int), isinstance((1).__sizeof__(), int))
print(Empty.__doc__, Point.__doc__)

class Documented:
    "Some text."

print(Documented.__doc__)
for name in ("__getstate__", "__reduce__", "__reduce_ex__", "__sizeof__", "__doc__"):
    print(name, name in dir(object), name in dir(int), name in dir(Point))
for t in (str, bytes, bytearray, dict, set, frozenset, list, tuple, range):
    print(t.__name__, "__bool__" in dir(t), "__len__" in dir(t), bool(t() if t is not range else range(0)))
