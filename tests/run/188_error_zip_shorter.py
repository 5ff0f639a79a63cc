# zip shorter
print(list(zip([1], [2], strict=True)))
list(zip([1, 2], [1], strict=True))
