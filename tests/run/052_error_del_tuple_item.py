# TypeError deleting a tuple item.
t = (1, 2)
del t[0]
