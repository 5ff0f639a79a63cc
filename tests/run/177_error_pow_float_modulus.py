# pow float modulus
print(pow(2.0, 3))
pow(2.0, 3, 5)
