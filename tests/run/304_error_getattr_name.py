# getattr() with a non-str attribute name.
print(getattr('a', 'upper')(), getattr(1, 'nope', 0))
getattr(1, 2, 3)
