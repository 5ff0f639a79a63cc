# issubclass() against a non-class second argument.
class A:
    pass
print(issubclass(A, (A,)))
issubclass(A, (1,))
