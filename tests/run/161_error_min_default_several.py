# min default several
print(min(3, 1, 2))
min(1, 2, default=0)
