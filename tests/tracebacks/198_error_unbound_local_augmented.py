def f():
    total += 1
    total = 0
f()