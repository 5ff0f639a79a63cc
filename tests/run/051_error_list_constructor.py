# TypeError for list() of a non-iterable.
print(list((1, 2)), tuple([3]))
print(list(5))
