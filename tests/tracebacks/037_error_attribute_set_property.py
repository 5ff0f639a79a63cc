class C:
    @property
    def size(self):
        return 1

c = C()
c.size = 2
