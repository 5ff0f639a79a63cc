# cannot assign to True
x = True = 1
