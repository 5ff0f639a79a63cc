# starred target in augmented assignment
*a += 1
