# cannot assign to lambda
lambda: 1 = 2
