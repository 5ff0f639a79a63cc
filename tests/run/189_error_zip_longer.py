# zip longer
print(list(zip([1], [2], strict=True)))
list(zip([1], [1], [1, 2], strict=True))
