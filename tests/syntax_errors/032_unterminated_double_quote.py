# unterminated double-quoted string on later line
a = 1
b = "world
