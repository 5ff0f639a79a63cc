# lambda with parenthesized parameters
g = lambda (x): x
