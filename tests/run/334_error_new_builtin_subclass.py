# object.__new__ cannot make an instance of a list subclass.
class L(list):
    pass
print(type(list.__new__(L)).__name__)
object.__new__(L)
