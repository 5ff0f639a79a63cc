# lambda parameter after **kwargs
g = lambda **k, a: 0
