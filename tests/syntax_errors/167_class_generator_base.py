# generator expression as class base
class A(x for x in y):
    pass
