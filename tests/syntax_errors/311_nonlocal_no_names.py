# nonlocal with no names
def f():
    nonlocal
