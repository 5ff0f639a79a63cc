# attribute name that is a number
x = a.1
