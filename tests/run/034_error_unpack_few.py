# ValueError when too few values unpack.
a, b, c = 1, 2
