# leading zeros in integer on a later line
a = 1
b = [1, 2, 007]
