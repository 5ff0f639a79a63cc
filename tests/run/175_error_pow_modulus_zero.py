# pow modulus zero
print(pow(2, 3, 5))
pow(2, 3, 0)
