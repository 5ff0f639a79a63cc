def f():
    return (None) + 1
f()
