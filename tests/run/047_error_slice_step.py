# ValueError for a zero slice step.
x = [1, 2]
print(x[::0])
