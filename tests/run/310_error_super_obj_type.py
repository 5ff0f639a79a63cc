# super(type, obj) where obj is not an instance of type.
class A:
    pass
class B(A):
    pass
print(super(A, B()))
super(B, A())
