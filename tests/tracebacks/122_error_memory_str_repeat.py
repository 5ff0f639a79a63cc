def make():
    return 'a' * 10**15

make()
