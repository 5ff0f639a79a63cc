# set.add takes exactly one argument.
s = set()
s.add(1)
print(s)
s.add(1, 2)
