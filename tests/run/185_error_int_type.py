# int type
print(int('7'))
int([1])
