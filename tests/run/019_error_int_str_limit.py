# str of an int beyond 4300 digits.
print(len('x'))
print(10 ** 5000)
