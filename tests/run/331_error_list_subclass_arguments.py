# A list subclass constructor checks its arguments as list.__init__.
class L(list):
    pass
print(L((1, 2)), L())
L(1, 2)
