# iter not callable
print(list(iter([1])))
iter(1, 2)
