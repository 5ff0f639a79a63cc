# int base
print(int('z', 36))
int('1', 37)
