class A:
    def b(self):
        return self
a = A()
a.b().b().c
