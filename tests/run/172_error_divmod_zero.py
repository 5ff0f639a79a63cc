# divmod zero
print(divmod(7, 2))
divmod(1, 0)
