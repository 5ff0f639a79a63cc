# cannot assign to True in keyword argument
f(True=1)
