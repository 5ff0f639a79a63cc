# object.__new__ for a built-in type with its own constructor.
class A:
    pass
print(type(object.__new__(A)).__name__)
object.__new__(dict)
