# max keyword
print(max([1, 2], key=None))
max([1], foo=1)
