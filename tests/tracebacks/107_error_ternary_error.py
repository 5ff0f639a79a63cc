x = 0
y = 1 / x if True else 0
