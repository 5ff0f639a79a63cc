# ValueError for a negative shift count.
print(1 << 3)
print(1 >> -1)
