# ValueError for a starred target with too few values.
a, *b, c, d = [1, 2]
