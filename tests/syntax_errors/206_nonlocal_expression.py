# nonlocal with an attribute
def f():
    nonlocal a.b
