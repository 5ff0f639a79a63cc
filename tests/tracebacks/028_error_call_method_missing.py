class C:
    pass

c = C()
c.method()
