# The Ellipsis singleton and the `...` literal.
print(..., Ellipsis, ... is Ellipsis, repr(...), str(Ellipsis))
print(type(...).__name__, type(...) is type(Ellipsis), bool(...))
x = [1, ...]
print(x, x[1] is Ellipsis, ... == Ellipsis, ... != None)

def stub():
    ...

print(stub())

class Grid:
    def __getitem__(self, key):
        return key

g = Grid()
print(g[...], g[1, ...], g[..., 0])
print({...: 1}[Ellipsis], hash(...) == hash(Ellipsis))
