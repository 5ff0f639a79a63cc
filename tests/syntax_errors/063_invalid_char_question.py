# question mark is not valid
x = y ? 1 : 2
