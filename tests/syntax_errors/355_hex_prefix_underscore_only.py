# hex prefix followed only by an underscore
x = 0x_
