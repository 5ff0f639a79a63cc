# lambda var-positional parameter with default
g = lambda *a=1: 0
