# pow unsupported
print(pow(2, 3, 5))
pow('a', 2, 3)
