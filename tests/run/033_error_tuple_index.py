# IndexError on a tuple index out of range.
t = (1,)
print(t[-2])
