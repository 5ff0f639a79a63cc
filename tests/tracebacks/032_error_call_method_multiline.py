class C:
    def m(self, x):
        raise TypeError("bad")

obj = C()
obj.m(
    1
)
