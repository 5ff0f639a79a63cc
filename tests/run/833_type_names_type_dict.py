# Type names, qualnames and modules of the built-in types; type.__dict__ is a read-only mappingproxy.
import builtins
types = [v for k, v in sorted(vars(builtins).items()) if isinstance(v, type) and k != "__loader__"]
class S:
    def m(self): pass
types += [type(len), type(list.append), type(object.__init__), type(object().__init__), type(iter(set())), type(iter({})), type(iter(b"")), type(iter(int, 1)), type(iter(())), type({}.keys().mapping), type(list[int]), type(int | None), type((lambda: 0).__code__), type(S().m), type(lambda: 0), type(None), type(NotImplemented), type(Ellipsis), type(iter("a")), type(iter("é")), type(iter([])), type(reversed([])), type(iter(range(1))), type({}.keys()), type({}.values()), type({}.items()), type(iter({}.values())), type(iter({}.items())), type(reversed({})), type(builtins), type(int.__dict__["real"]) if isinstance(int.__dict__, dict) else None, type((x for x in ())), type(memoryview(b"").cast("B"))]
for t in types:
    if t is None: continue
    print(repr(t), t.__name__, t.__qualname__, t.__module__)
class A:
    x = 1
    def f(self):
        pass
d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, sorted(k for k in d if not k.startswith("__")), type(vars(A)).__name__)
print(repr(int.__dict__)[:13], len(int.__dict__) > 10, dict(A.__dict__)["x"], A.__dict__.get("zz", 0))
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(e)
A.y = 2
print(d["y"], sorted(A.__dict__.keys())[-2:])
