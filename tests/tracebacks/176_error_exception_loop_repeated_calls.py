def check(i):
    if i == 2:
        raise IndexError(i)

for i in range(5):
    check(i)
