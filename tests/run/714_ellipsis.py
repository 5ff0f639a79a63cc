x = ...
print(x, type(x), x is Ellipsis, repr(...), (1, ..., 2), ... == ...)
def f(): ...
print(f())
class A:
    def __getitem__(self, k): return k
print(A()[...], A()[1:...], A()[..., 0])
print(type(...).__name__)
