# int nan
print(int(2.5))
int(float('nan'))
