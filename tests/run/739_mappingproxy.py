# mappingproxy: a class's __dict__ and types.MappingProxyType.
class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, d.get("nope", "default"), len(d) > 2, sorted(k for k in d if not k.startswith("__")))
A.y = 2
print(d["y"], vars(A) == A.__dict__, isinstance(d.copy(), dict), list(d.keys())[:0], type(d.items()).__name__)
MappingProxyType = type(d)
m = MappingProxyType({"a": 1})
print(m, repr(m), str(m), len(m), m["a"], list(m), list(m.values()), list(m.items()), "a" in m, m == {"a": 1}, m.copy())
print(m | {"c": 3}, {"z": 0} | m, list(reversed(m)))
for bad in [lambda: MappingProxyType([1]),
            lambda: MappingProxyType(5), lambda: hash(m)]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    m["b"] = 1
except TypeError as e:
    print(e)
try:
    m |= {}
except TypeError as e:
    print(e)
try:
    A.__dict__["x"] = 5
except TypeError as e:
    print(e)
try:
    m["missing"]
except KeyError as e:
    print("KeyError", e)
print(MappingProxyType(A.__dict__)["x"])
