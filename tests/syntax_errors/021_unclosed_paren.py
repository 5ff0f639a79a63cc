# '(' was never closed
x = 1
y = (1, 2,
z = 3
