# TypeError concatenating str and int.
print("a" + "b")
print("a" + 1)
