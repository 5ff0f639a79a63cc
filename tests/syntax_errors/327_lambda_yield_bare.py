# lambda body that is an unparenthesized yield
g = lambda: yield
