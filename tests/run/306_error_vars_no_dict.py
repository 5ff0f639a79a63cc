# vars() of an object without __dict__.
class A:
    pass
print(vars(A()))
vars(5)
