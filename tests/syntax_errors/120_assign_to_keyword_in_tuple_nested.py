# cannot assign to literal nested in target
a, (b, 1) = c
