# TypeError for `in` on a non-iterable.
print(1 in [1])
print(1 in 5)
