# divmod float zero
print(divmod(7.0, 2))
divmod(1.0, 0.0)
