# dot with no attribute name
x = a.
