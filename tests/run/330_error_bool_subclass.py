# bool cannot be subclassed.
class I(int):
    pass
print(I(3) + 1)
class B(bool):
    pass
