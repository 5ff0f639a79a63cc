# binary operator at end of line
x = 1 +
