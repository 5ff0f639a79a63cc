# IndexError on a list index out of range.
x = [1, 2, 3]
print(x[-3])
print(x[3])
