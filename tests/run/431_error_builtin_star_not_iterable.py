items = []
items.append(*[1])
print(items)
items.append(*None)
