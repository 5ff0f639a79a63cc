# TypeError multiplying a sequence by a float.
print((1,) * 2)
print((1,) * 2.0)
