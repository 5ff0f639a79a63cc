# class with positional after keyword base
class A(metaclass=M, B):
    pass
