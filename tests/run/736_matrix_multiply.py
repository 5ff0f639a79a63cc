# The @ operator: __matmul__, __rmatmul__, __imatmul__ and their TypeErrors.
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v) if isinstance(o, M) else NotImplemented
    def __rmatmul__(self, o): return f"r{o}"
    def __repr__(self): return f"M({self.v})"
class I(M):
    def __imatmul__(self, o):
        self.v += 100
        return self
a = M(2) @ M(3); print(a)
print(5 @ M(1))
m = M(4); m @= M(5); print(m)
i = I(1); i @= M(1); print(i)
for e in ["1 @ 2", "[1] @ [2]", "M(1) @ 1.5"]:
    try: print(eval(e))
    except TypeError as ex: print(ex)
x = 3
try:
    x @= 4
except TypeError as ex: print(ex)
print(M.__matmul__.__name__, hasattr(int, "__matmul__"), hasattr(M, "__rmatmul__"))
