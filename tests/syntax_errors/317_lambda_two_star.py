# lambda with two star parameters
g = lambda *a, *b: 0
