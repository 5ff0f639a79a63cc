def ok(a: int) -> int:
    return a


print(ok.__annotations__)


def bad(a: int, b: missing = 1):
    pass
