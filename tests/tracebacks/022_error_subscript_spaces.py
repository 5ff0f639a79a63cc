xs = []
y = xs [ 0 ]
