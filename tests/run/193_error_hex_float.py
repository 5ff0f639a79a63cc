# hex float
print(hex(-1))
hex(1.5)
