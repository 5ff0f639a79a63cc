Total = 5
print(total)
