# issubclass() of an instance, not a class.
print(issubclass(bool, (str, int)))
issubclass(1, int)
