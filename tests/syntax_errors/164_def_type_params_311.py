# PEP 695 type parameter list (not valid in 3.11)
def f[T](x: T) -> T:
    return x
