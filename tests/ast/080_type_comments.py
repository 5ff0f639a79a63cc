# Type comments on assignments, for, with, def signatures and per-argument; type: ignore variants.
import os  # type: ignore
import sys  # type: ignore[import]
x = 1  # type: int
x = y = []  # type: List[int]
a, b = 1, 2  # type: int, int
x = [  # type: ignore
    1,
]
x = f()  # type:int
x = f()  #type: Dict[str, Any]
x = f()  # type: ignore[attr-defined, misc]
x = 1  # a normal comment, not a type comment
x = 1  # typo: int
y: int = 1  # type: ignore
x += 1  # type: ignore
for i in range(3):  # type: int
    pass
for i, j in pairs:  # type: (int, str)
    pass
async def af():
    async for i in gen():  # type: int
        pass
    async with ctx() as c:  # type: Context
        pass
with open("f") as fh:  # type: IO[str]
    pass
with a as b, c as d:  # type: (A, C)
    pass
def f(a, b):
    # type: (int, str) -> bool
    return True
def g(a, b):  # type: (int, str) -> bool
    return True
def h(
    a,  # type: int
    b,  # type: str
    *args,  # type: Any
    c=1,  # type: int
    **kwargs  # type: Any
):
    # type: (...) -> None
    pass
def k(
    a,  # type: int
    b=2  # type: int
):
    pass
def kw(*, a,  # type: int
       b  # type: str
       ):
    pass
def po(a,  # type: int
       /,
       b,  # type: int
       ):
    pass
async def m(a):  # type: (int) -> None
    pass
def n():  # type: () -> None
    # not a type comment
    pass
class C:  # type: ignore
    x = None  # type: Optional[int]
    def m(self):  # type: () -> int
        return 0
def ignored():  # type: ignore
    pass
if True:  # type: ignore
    pass
z = 1 # type: ignore # trailing
w = 2  # type:ignore
v = 3  # type: ignore[]
u = 4  # type: ignoreme
def only_sig(a, b): # type: (int, int) -> int
    return a + b
# type: ignore
