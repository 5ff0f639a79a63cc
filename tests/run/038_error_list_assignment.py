# IndexError on list item assignment out of range.
x = [1]
x[-1] = 2
x[1] = 2
