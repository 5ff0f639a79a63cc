# int literal
print(int(' 42 '))
int('12a')
