# divmod types
print(divmod(7, 2.0))
divmod('a', 1)
