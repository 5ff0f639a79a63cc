# cannot assign to boolean operation
a and b = 1
