class C:
    def m(self, **keywords):
        return keywords


print(C().m(**{"a": 1}, b=2))
C().m(**{"a": 1}, a=2)
