# object.__init__ given arguments by a class that overrides __init__.
class A:
    def __init__(self, x):
        object.__init__(self, x)
A(1)
