# lambda: non-default parameter follows default
g = lambda a=1, b: a
