def total(a, b, c, d):
    return a + b + c + d

total(1, 2, "x", 4)
