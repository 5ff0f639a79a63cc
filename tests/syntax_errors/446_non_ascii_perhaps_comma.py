données = [1, 2
print(données)
