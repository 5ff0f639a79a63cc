# empty decorator
@
def f():
    pass
