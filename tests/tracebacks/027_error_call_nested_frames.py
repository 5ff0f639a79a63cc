def a():
    return b()

def b():
    return c()

def c():
    raise ValueError("deep")

a()
