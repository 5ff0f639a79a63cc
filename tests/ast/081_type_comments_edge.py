# Type comments in less common positions: lambda-free defs, nested defs, async with/for, multi-target, blank lines.
def f(a,  # type: int
      ):
    # type: (...) -> None
    pass
def g():

    # type: () -> int
    return 1
def h(a, b):  # type: ignore
    # type: (int, int) -> int
    return a
class K:
    def m(self,
          a,  # type: int
          *,
          b=1,  # type: int
          ):  # type: (...) -> None
        pass
x = y = z = 0  # type: int
x, *y = [1, 2]  # type: int, List[int]
for x in []:  # type: ignore
    pass
with a:  # type: int
    pass
with a as b:  # type: ignore[misc]
    pass
def nested():
    def inner(a):  # type: (str) -> str
        return a
    return inner
def star(*args,  # type: int
         **kwargs  # type: str
         ):
    pass
