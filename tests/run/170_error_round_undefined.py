# round undefined
print(round(1.5))
round([1])
