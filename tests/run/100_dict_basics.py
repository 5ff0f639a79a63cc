# dict: construction, subscripts, methods, order through deletions, repr.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), "one" in d, "four" in d, "four" not in d)
print(d["two"], d.get("two"), d.get("four"), d.get("four", 4))
del d["one"]
d["one"] = 11
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "->", value)

print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2], "zw"]), dict({"k": 1}, k=2, m=3))
print(dict(d) == d, dict(d) is d, d.copy() == d, d.copy() is d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), "v"))

print(d.setdefault("two", 20), d.setdefault("four", 4), d)
print(d.pop("four"), d.pop("four", "gone"), d)
print(d.popitem(), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(d)
print(d)
e = d.copy()
e.clear()
print(e, d, len(e), not e, not not d)

# Equality ignores order; other comparisons are not defined for dicts.
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2.0}, {} == [])
print({"a": 1} | {"b": 2, "a": 3}, {1: 1} | {})

# Keys of many types; equal numbers are the same key.
m = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool", frozenset([1]): "fs"}
print(m, m[1.0], m[(1, 2)], len(m))
m[1.0] = "float one"
print(m[1], m)

# Nested and self-referencing reprs.
nested = {"list": [1, {"inner": ()}], "dict": {}}
print(nested)
loop = {"name": "loop"}
loop["self"] = loop
print(loop)
del loop["self"]  # no cycle collector yet: break the cycle by hand

# A deleted key reinserted goes to the end; replacing a value keeps the place.
order = {}
for key in "abcde":
    order[key] = key + key
del order["b"]
order["a"] = "first"
order["b"] = "again"
print(order, list(order.__reversed__()))
for key in order.__reversed__():
    print(key)

# __missing__ on subclasses.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["x"] = c["x"] + 1
c["x"] = c["x"] + 1
print(c, c["y"], "y" in c, type(c).__name__)

class Plain(dict):
    pass
p = Plain(a=1)
print(p, p == {"a": 1}, type(p.copy()).__name__, type(p | {}).__name__)
print(type(Plain.fromkeys("ab")).__name__, Plain.fromkeys("ab"))
