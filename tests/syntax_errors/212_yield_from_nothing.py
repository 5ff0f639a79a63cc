# yield from with no expression
def g():
    yield from
