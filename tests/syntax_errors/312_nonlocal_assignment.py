# nonlocal with assignment
def f():
    nonlocal x = 1
