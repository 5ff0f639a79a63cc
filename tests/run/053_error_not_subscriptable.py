# TypeError subscripting an int.
x = 5
print(x[0])
