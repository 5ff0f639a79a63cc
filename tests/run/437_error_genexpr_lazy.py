def values():
    yield 1
    yield 0


quotients = (10 // v for v in values())
print(next(quotients))
print(next(quotients))
