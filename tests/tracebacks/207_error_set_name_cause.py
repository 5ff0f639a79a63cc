# __set_name__ failing: CPython reports it as a RuntimeError.
class D:
    def __set_name__(self, owner, name):
        print("naming", name)
        return 1 / 0
class C:
    d = D()
