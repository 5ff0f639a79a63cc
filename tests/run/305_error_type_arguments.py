# type() with two arguments.
print(type(1))
type('A', ())
