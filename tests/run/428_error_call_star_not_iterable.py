def f(*a):
    return a


print(f(*"ok"))
f(*5)
