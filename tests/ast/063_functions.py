# Function definitions: decorators, every parameter kind, defaults, annotations, async, await, yield, return.
def f():
    pass
def f(): return
def f(a): return a
def f(a, b): return a, b
def f(a, b,): pass
def f(a=1): pass
def f(a, b=2, c=3): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *args, b, c=3, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b, /, c, d, *, e, f): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, b=2, /, c=3, *d, e, f=6, **g): pass
def f(a, /, *, b): pass
def f(a, /, **k): pass
def f(a, /,): pass
def f(*a,): pass
def f(**k,): pass
def f(*, a,): pass
def f(a: int): pass
def f(a: int = 1, *b: str, c: float = 2.0, **d: bytes) -> None: pass
def f(a: "str", b: list[int] = [], /, *, c: dict = {}) -> "ret": pass
def f() -> int | None: pass
def f() -> lambda: 1: pass
def f(*args: *Ts): pass
def f(a=lambda: 1, b=(yield_)): pass
def f(
    a,
    b: int,
    c=1,
    *args,
    d,
    **kwargs,
) -> dict[str, int]:
    """Docstring."""
    return {}
@decorator
def f(): pass
@decorator()
@decorator.attr
@decorator.attr(1, k=2)
@decorator[0]
@(lambda f: f)
@a if b else c
@a or b
@x := y
@a.b.c[d](e)(f)
def f(): pass
@ decorator
def f(): pass
async def f():
    await x
    return await y
async def f(a, *b, **c) -> int:
    async with a:
        pass
    async for i in b:
        yield i
    await asyncio.sleep(1)
@decorator
async def f(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from x
    yield from (x, y)
    x = yield
    x = yield from y
    f((yield))
    f((yield 1))
    await_ = (yield)
    return
    return 1
    return 1, 2
    return *a, *b
    return (yield)
def outer():
    def inner():
        def innermost():
            return 0
        return innermost
    return inner
def f(a, b=1, *, c, d=2, **e): a; b; c; d; e
def f(a=None, b=..., c=-1, d=(), e=[], f={}, g=1+2): pass
def f(self, *, key: Callable[[T], Any] = None, reverse: bool = False) -> list[T]: pass
class C:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @staticmethod
    async def s(): pass
