def f():
    print(total)
    total = 0

f()
