# yield expression used as middle assignment target
def g():
    x = yield = 1
