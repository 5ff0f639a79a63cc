# ValueError assigning a sequence of the wrong size to an extended slice.
x = [1, 2, 3, 4]
x[::2] = [1, 2, 3]
