# decorator applied to a class attribute assignment
class C:
    @property
    x = 1
