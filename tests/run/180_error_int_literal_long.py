# int literal long
print(int('9' * 20))
int('!' * 300)
