# isinstance() with a class tuple holding a non-class.
print(isinstance(1, (int, str)))
isinstance(1, (str, 1))
