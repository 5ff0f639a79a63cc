# dict views: live, sized, and (keys, items) set-like; results in CPython's order.
d = {"abc": 0, "b": 1, "cd": 2, "e": 3, "f": 4}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
print(len(keys), len(values), len(items), "b" in keys, 3 in values, ("e", 3) in items, ("e", 4) in items)
print(["e", 3] in items, ("e",) in items)
d["g"] = 5
print(keys, len(items))
del d["g"]

print(keys & ["f", "abc", "zz"], keys | ["zz", "yy"], keys - ["b"], keys ^ set(["b", "q"]))
print(["f", "zz"] & keys, ["f", "zz"] | keys, ["f", "zz"] - keys, ["f", "zz"] ^ keys)
print(set(["b", "q"]) | keys, set(["b", "q"]) & keys, set(["b", "q"]) - keys)
other = {"abc": 0, "b": 5, "new": 9}
print(items ^ other.items(), items & other.items(), items - other.items(), items | other.items())
print(keys & other.keys(), keys - other.keys(), keys ^ other.keys())

print(keys == set(d), set(d) == keys, keys == set(["b"]), keys <= set(d), keys < set(d), keys >= set(["b"]))
print(keys > set(["b"]), items == set(d.items()), keys == other.keys(), keys != other.keys(), values == values)
print(keys.isdisjoint(["x"]), keys.isdisjoint(["b"]), items.isdisjoint(other.items()), keys.isdisjoint(keys))

print(list(keys.__reversed__()), list(values.__reversed__()), list(items.__reversed__()))
print(type(d.__reversed__()).__name__, type(items.__reversed__()).__name__)
print({}.keys(), {}.items(), {}.values(), len({}.items()))
