# Modulo by zero, with a big int dividend.
print(2 ** 100 % 0)
