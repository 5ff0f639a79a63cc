# A local read before its assignment.
def f():
    print(v)
    v = 1

f()
