# A class keyword that no __init_subclass__ takes.
class A:
    pass
print(A.__name__)
class B(A, flag=True):
    pass
