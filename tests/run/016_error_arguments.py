# Calling with too few arguments.
def f(a, b, c=3):
    return a

print(f(1, 2))
f(1)
