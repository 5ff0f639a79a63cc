# lambda: / must be ahead of *
g = lambda a, *b, /: 0
