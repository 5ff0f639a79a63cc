print([leaked for leaked in range(3)])
print(leaked)
