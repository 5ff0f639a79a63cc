# Class definitions: bases, keywords, metaclass, star args, decorators, nested classes, bodies.
class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, C,): pass
class A(metaclass=M): pass
class A(B, metaclass=M, **kw): pass
class A(*bases): pass
class A(*bases, **kw): pass
class A(B, *bases, x=1, **kw): pass
class A(B.C, D[E], F(G)): pass
class A(Generic[T], Protocol): pass
class A(
    B,
    C,
    metaclass=M,
):
    pass
class A:
    """Class docstring."""
    x = 1
    y: int
    z: str = "z"
    def __init__(self, a):
        self.a = a
    def __repr__(self) -> str:
        return f"A({self.a!r})"
    @classmethod
    def make(cls): return cls(0)
    @staticmethod
    def helper(): ...
    class Inner:
        class Innermost:
            pass
    async def am(self): await self.x
    if x:
        def cond(self): pass
    else:
        cond = None
    for i in range(3):
        pass
    __slots__ = ('a',)
    __private = 1
@decorator
class A: pass
@decorator(1)
@other.attr
class A(B):
    def m(self): return super().m()
class A(B if c else D): pass
class A((B)): pass
class A: x = 1; y = 2
class A:
    ...
class match: pass
class case: pass
class _: pass
class type: pass
def f():
    class Local(Base):
        nonlocal_ = 1
    return Local
