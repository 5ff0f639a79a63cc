# cannot assign to yield expression
def f():
    (yield) = 1
