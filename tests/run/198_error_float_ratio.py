# float ratio
print((0.5).as_integer_ratio())
float('inf').as_integer_ratio()
