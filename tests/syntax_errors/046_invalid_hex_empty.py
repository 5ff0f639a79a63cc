# hex prefix with no digits
x = 0x
