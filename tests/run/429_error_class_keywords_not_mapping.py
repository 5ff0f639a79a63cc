class C(object, **{}):
    pass


print(C.__name__)


class D(**1):
    pass
