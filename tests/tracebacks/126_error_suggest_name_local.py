def f():
    values = [1, 2]
    return valuse[0]

f()
