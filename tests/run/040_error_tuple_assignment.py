# TypeError assigning to a tuple item.
t = (1, 2)
t[0] = 5
