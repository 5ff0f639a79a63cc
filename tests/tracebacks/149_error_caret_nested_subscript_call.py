data = {"a": [1, 2]}
print(data["a"][len(data)  + 5])
