# float literal
print(float('1_0'))
float('1__0')
