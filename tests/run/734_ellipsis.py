# The Ellipsis singleton and the `...` literal.
def stub(): ...
print(stub(), ..., Ellipsis, Ellipsis is ..., type(...).__name__, repr(...), bool(...))
print([1, ...], (..., 2), {...: "key"}[...], ... == ..., ... != None)
class Protocol:
    def method(self) -> int: ...
print(Protocol().method())
def shape(x=...):
    return "default" if x is ... else x
print(shape(), shape(3))
print(hash(...) == hash(Ellipsis), f"{...}", str(...))
