# Calling a class that defines neither __init__ nor __new__ with arguments.
class A:
    pass
print(type(A()).__name__)
A(1)
