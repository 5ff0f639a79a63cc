# mappingproxy, as dict views' `mapping` attribute gives it (types.MappingProxyType).
MappingProxyType = type({}.keys().mapping)
print(MappingProxyType.__name__, "mapping" in dir(type({}.items())))
d = {"a": 1, "b": 2}
m = MappingProxyType(d)
print(m, repr(m), str(m), m["a"], "a" in m, "z" in m, len(m), list(m), m.get("z", 5), m.get("a"))
print(m.keys(), m.values(), m.items(), m.copy(), m | {"c": 3}, {"c": 3} | m, m == {"a": 1, "b": 2}, m != d)
print(list(reversed(m)), type(m.copy()).__name__, d.keys().mapping == d, d.items().mapping["b"])
d["c"] = 3
print(m, len(m))
for f in [lambda: m.__setitem__("a", 2), lambda: MappingProxyType([1]), lambda: MappingProxyType((1,)),
          lambda: hash(m), lambda: m.__ior__({}), lambda: m["z"], lambda: MappingProxyType(), lambda: m.pop("a"),
          lambda: MappingProxyType(mapping={}), lambda: MappingProxyType(3)]:
    try:
        print(f())
    except Exception as error:
        print(type(error).__name__, error)
try:
    m |= {}
except TypeError as error:
    print(error)
m["new"] = 1
