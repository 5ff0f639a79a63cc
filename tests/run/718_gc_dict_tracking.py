# Dicts holding no container are not tracked by the collector (CPython's
# MAINTAIN_TRACKING); one becomes tracked when a container arrives, and
# cycles through such dicts are still collected.
import gc
print(gc.is_tracked({}), gc.is_tracked({"a": 1, 2: "b", 3.0: None}), gc.is_tracked(dict(x=1)))
print(gc.is_tracked({"a": []}), gc.is_tracked({(1, 2): 3}), gc.is_tracked({"a": (1, [])}))
d = {"n": 1}
print(gc.is_tracked(d))
d["list"] = []
print(gc.is_tracked(d))
e = {}
e["x"] = 1
print(gc.is_tracked(e))
e["x"] = {}
print(gc.is_tracked(e))
f = {"k": 0}
f.update({"other": [1]})
print(gc.is_tracked(f), gc.is_tracked(dict(f)), gc.is_tracked(dict({"a": 1})), gc.is_tracked(f.copy()))
class Node:
    pass
def make_cycle():
    holder = {}
    node = Node()
    node.holder = holder
    holder["node"] = node
gc.collect()
for _ in range(10):
    make_cycle()
print(gc.collect() >= 20)
class Sub(dict):
    pass
print(gc.is_tracked(Sub()), gc.is_tracked({}.fromkeys("ab")))
