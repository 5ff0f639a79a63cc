x = 5
ready = True
assert ready and x == 1
