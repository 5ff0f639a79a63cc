# lambda: named arguments must follow bare *
g = lambda *: 0
