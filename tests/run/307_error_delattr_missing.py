# delattr() of an attribute the instance does not have.
class A:
    x = 1
a = A()
a.y = 2
delattr(a, 'y')
print(hasattr(a, 'y'), hasattr(a, 'x'))
delattr(a, 'x')
