# round infinity
print(round(float('inf'), 1))
round(float('inf'))
