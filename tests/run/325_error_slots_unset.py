# Reading a __slots__ member that was never set.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
print(p.x)
print(p.y)
