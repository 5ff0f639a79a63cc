# ** unpacking inside a set display
s = {1, **d}
