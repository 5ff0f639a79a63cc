# int base non string
print(int('11', 2))
int(5, 2)
