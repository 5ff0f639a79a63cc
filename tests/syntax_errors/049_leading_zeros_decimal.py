# leading zeros in decimal integer literal
x = 0123
