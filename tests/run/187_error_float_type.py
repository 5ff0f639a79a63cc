# float type
print(float('7'))
float([])
