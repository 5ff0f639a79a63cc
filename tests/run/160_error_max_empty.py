# max empty
print(max([5]), min([], default=0))
max([])
