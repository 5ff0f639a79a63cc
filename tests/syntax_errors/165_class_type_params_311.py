# PEP 695 class type parameters (not valid in 3.11)
class C[T]:
    pass
