# subscript never closed on a later line
a = 1
b = a[1
c = 2
