# TypeError for & between int and float.
print(6 & 3)
print(6 & 3.0)
