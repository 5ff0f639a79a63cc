def deco(f):
    raise TypeError("cannot decorate")

@deco
def g():
    pass
