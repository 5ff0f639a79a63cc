# Calling with too many arguments.
def g(a, b=2):
    return a

g(1, 2, 3)
